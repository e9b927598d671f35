import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("the owner adds a teammate who can then sign in with the given role", async ({ page, browser }) => {
  await login(page, "owner");
  await page.goto("/members");
  await page.getByLabel("Email").fill("sam@e2e.test");
  await page.getByLabel("Name").fill("Sam");
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("The initial password needs at least 12 characters")).toBeVisible();

  await page.getByLabel("Initial password").fill("sam-password-1234");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByTestId("member-added")).toHaveText("sam@e2e.test can now sign in as editor with the password you set.");
  await expect(page.getByText("sam@e2e.test", { exact: true })).toBeVisible();

  const sam = await browser.newPage();
  await sam.goto("/login");
  await sam.getByLabel("Email").fill("sam@e2e.test");
  await sam.getByLabel("Password").fill("sam-password-1234");
  await sam.getByRole("button", { name: "Sign in" }).click();
  await expect(sam.getByTestId("current-user")).toContainText("sam@e2e.test · editor");
  await sam.goto("/campaigns");
  await expect(sam.getByRole("button", { name: /^Pause / }).first()).toBeVisible();

  // demoted to viewer: the session made as an editor ends at once; signed in again, no edit controls
  await page.getByLabel("Role of sam@e2e.test").selectOption("viewer");
  await expect(page.getByTestId("member-result")).toHaveText("Role changed to viewer. Their open sessions ended.");
  await sam.reload();
  await expect(sam).toHaveURL(/\/login/);
  await sam.getByLabel("Email").fill("sam@e2e.test");
  await sam.getByLabel("Password").fill("sam-password-1234");
  await sam.getByRole("button", { name: "Sign in" }).click();
  await expect(sam.getByTestId("current-user")).toContainText("sam@e2e.test · viewer");
  await sam.goto("/campaigns");
  await expect(sam.getByRole("button", { name: /^Pause / })).toHaveCount(0);

  await page.getByRole("button", { name: "Remove" }).last().click();
  await page.getByRole("button", { name: "Confirm removing sam@e2e.test" }).click();
  await expect(page.getByTestId("member-result")).toHaveText("Member removed; their sessions ended.");
  await sam.goto("/dashboard");
  await expect(sam).toHaveURL(/\/login$/);
});

test("a viewer cannot open the members page", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/members");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "You don't have access to this" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Members" })).toHaveCount(0);
});
