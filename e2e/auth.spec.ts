import { expect, test } from "@playwright/test";
import { USERS } from "./users";

test("the owner signs in with the form, sees the dashboard, and signs out", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(USERS.owner.email);
  await page.getByLabel("Password").fill(USERS.owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText(`${USERS.owner.email} · owner`);
  await expect(page.getByText("Apologies per minute")).toBeVisible();

  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.owner.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/login$/);
});

test("repeated failed sign-ins lock the account for a while, even with the right password", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(USERS.locked.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    const answered = page.waitForResponse("**/api/auth/callback/credentials");
    await page.getByRole("button", { name: "Sign in" }).click();
    await answered;
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
  }
  await page.getByLabel("Password").fill(USERS.locked.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toContainText("Too many failed sign-ins. Try again in 15 minute(s).");
});

test("the health endpoint reports the embedded database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", db: process.env.DATABASE_URL ? "postgres" : "pglite", version: expect.any(String) });
});
