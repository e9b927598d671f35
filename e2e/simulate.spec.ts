import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("simulating a failure shows which campaign apologizes, in what words, and why the others do not", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/campaigns");
  await page.getByRole("link", { name: "Simulate a failure" }).click();
  await page.getByLabel("URL", { exact: true }).fill("/api/demo/search?q=boots");
  await page.getByLabel("Status (0 = network failure)").fill("503");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Jackie, something's wrong.");
  const row = (name: string) => page.getByTestId("simulation-row").filter({ hasText: name });
  await expect(row("Search is failing")).toContainText("shown");
  await expect(row("Checkout is slow")).toContainText("trigger does not match");

  await page.getByLabel("Status (0 = network failure)").fill("404");
  await page.getByLabel("Sample user (JSON attributes)").fill("{}");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("No apology: no campaign matches.");

  await page.getByLabel("Failure type").selectOption("js_error");
  await page.getByLabel("Error message").fill("x is undefined");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByTestId("simulation-outcome")).toContainText("Sorry there, part of this page broke.");

  await page.getByLabel("Sample user (JSON attributes)").fill("{ nope");
  await page.getByRole("button", { name: "Simulate" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Sample user: not valid JSON" })).toBeVisible();
});
