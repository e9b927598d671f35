import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("the campaign list filters, searches and sorts from the URL, and bulk-pauses", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns?sort=name.asc");
  // allTextContents() does not wait: read once the table has rendered its rows
  const names = async () => {
    await expect(page.getByTestId("campaign-row").first()).toBeVisible();
    return page.getByTestId("campaign-row").getByRole("link").allTextContents();
  };
  const demo = ["Checkout is slow", "Page script error", "Product image broken", "Search is failing"];
  expect((await names()).filter((n) => demo.includes(n))).toEqual(demo);

  await page.getByRole("button", { name: "Campaign" }).click(); // toggles to descending
  await expect(page).toHaveURL(/sort=name\.desc/);
  expect((await names()).filter((n) => demo.includes(n))).toEqual([...demo].reverse());

  await page.getByRole("searchbox", { name: "Search" }).fill("checkout");
  await expect(page).toHaveURL(/q=checkout/);
  await expect(page.getByTestId("campaign-row")).toHaveCount(1);
  await page.reload(); // the view survives a reload
  await expect(page.getByTestId("campaign-row")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Checkout is slow" })).toBeVisible();

  await page.goto("/campaigns?type=js_error&status=active");
  await expect(page.getByTestId("campaign-row")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Page script error" })).toBeVisible();
  await page.goto("/campaigns?type=rage_click&status=active");
  await expect(page.getByTestId("campaign-row")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Coupon button ignored" })).toBeVisible();
  await page.goto("/campaigns?type=custom&status=paused");
  await expect(page.getByText("No campaign matches these filters.")).toBeVisible();

  await page.goto("/campaigns?q=s&status=active&sort=name.asc");
  await page.getByLabel("Select Page script error").check();
  await page.getByLabel("Select Search is failing").check();
  await page.getByRole("button", { name: "Pause selected" }).click();
  await expect(page.getByTestId("action-result")).toContainText("Paused 2 campaign(s).");
  await page.goto("/campaigns?status=paused&sort=name.asc");
  expect(await names()).toEqual(["Page script error", "Search is failing"]);
  await page.getByLabel("Select all on this page").check();
  await page.getByRole("button", { name: "Resume selected" }).click();
  await expect(page.getByTestId("action-result")).toContainText("Resumed 2 campaign(s).");
  await page.goto("/campaigns?status=paused");
  await expect(page.getByText("No campaign matches these filters.")).toBeVisible();
});

test("leaving the builder with unsaved changes asks first", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns/new");
  await page.getByLabel("Name", { exact: true }).fill("Half-finished");
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole("link", { name: "← Campaigns" }).click();
  await expect(page).toHaveURL(/\/campaigns\/new$/);
  expect(asked).toBe("You have unsaved changes. Leave without saving?");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Half-finished");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("link", { name: "← Campaigns" }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
});
