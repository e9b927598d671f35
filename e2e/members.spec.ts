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
  await expect(page.getByTestId("member-added")).toHaveText("sam@e2e.test is now editor here. They sign in with the password you set, or with their own if they already had an account.");
  await expect(page.getByText("sam@e2e.test", { exact: true })).toBeVisible();

  const sam = await browser.newPage();
  await sam.goto("/login");
  await sam.getByLabel("Email").fill("sam@e2e.test");
  await sam.getByLabel("Password").fill("sam-password-1234");
  await sam.getByRole("button", { name: "Sign in" }).click();
  await expect(sam.getByTestId("current-user")).toContainText("sam@e2e.test · editor");
  await sam.goto("/campaigns");
  await expect(sam.getByRole("button", { name: /^Pause / }).first()).toBeVisible();

  // demoted to viewer: from the next click, without signing in again, a viewer with no edit controls
  // (their sessions elsewhere are not this workspace's to end), and an edit already open is refused
  const pause = sam.getByRole("button", { name: /^Pause / }).first();
  await page.getByLabel("Role of sam@e2e.test").selectOption("viewer");
  await expect(page.getByTestId("member-result")).toHaveText("Role changed to viewer, from their next click.");
  await pause.click();
  await expect(sam.getByText(/Your role \(viewer\) does not allow this/).first()).toBeVisible();
  await sam.reload();
  await expect(sam.getByTestId("current-user")).toContainText("sam@e2e.test · viewer");
  await expect(sam.getByRole("button", { name: /^Pause / })).toHaveCount(0);

  await page.getByRole("button", { name: "Remove" }).last().click();
  await page.getByRole("button", { name: "Confirm removing sam@e2e.test" }).click();
  await expect(page.getByTestId("member-result")).toHaveText("Member removed; their access here ended.");
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

test("adding a person with an account elsewhere says nothing about it, and removing them leaves their other workspaces' sessions alone", async ({ page, browser }) => {
  await login(page, "owner");
  const growth = await browser.newPage();
  await login(growth, "growth");
  await growth.goto("/dashboard");
  await expect(growth.getByTestId("current-user")).toContainText("growth@e2e.test · editor");

  await page.goto("/members");
  const add = async (email: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Name").fill("Someone");
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByLabel("Initial password").fill("typed-by-admin-1234");
    await page.getByRole("button", { name: "Add member" }).click();
  };
  await add("growth@e2e.test");
  const existing = await page.getByTestId("member-added").textContent();
  await add("brand-new-person@e2e.test");
  await expect(page.getByTestId("member-added")).toHaveText(existing!.replace("growth@e2e.test", "brand-new-person@e2e.test"));

  await page.getByRole("listitem").filter({ hasText: "growth@e2e.test" }).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Confirm removing growth@e2e.test" }).click();
  await expect(page.getByTestId("member-result")).toHaveText("Member removed; their access here ended.");
  // still signed in to their own workspace, with their own password unchanged
  await growth.goto("/dashboard");
  await expect(growth.getByTestId("current-user")).toContainText("growth@e2e.test · editor");
});
