// #27: "publish staging → check → promote" can be checked on the demo: /demo?env=staging runs the
// demo store against the demo workspace's staging rules, linked from Publishing.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("the demo store runs against staging from Publishing's link, and production otherwise", async ({ page }) => {
  await login(page, "owner");
  await page.goto("/publishing");
  const staging = (await page.getByTestId("public-key-staging").textContent())!.trim();
  const production = (await page.getByTestId("public-key-production").textContent())!.trim();
  await expect(page.getByRole("link", { name: "preview on the demo (staging)" })).toHaveAttribute("href", "/demo?env=staging");

  await page.goto("/demo?env=staging");
  await expect(page.getByTestId("demo-env")).toContainText("This demo runs against staging");
  await expect(page.locator("script[data-key]")).toHaveAttribute("data-key", staging);
  await expect(page.getByRole("link", { name: /Order history/ })).toHaveAttribute("href", "/demo/orders?env=staging");
  await page.goto("/demo/orders?env=staging");
  await expect(page.locator("script[data-key]")).toHaveAttribute("data-key", staging);

  await page.goto("/demo");
  await expect(page.getByTestId("demo-env")).toHaveCount(0);
  await expect(page.locator("script[data-key]")).toHaveAttribute("data-key", production);
});
