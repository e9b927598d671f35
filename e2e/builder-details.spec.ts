// Small things a growth person notices in the builder (issue #16): limits visible while typing,
// durations in seconds, a one-line apology without a body.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("the builder counts characters against the limits, takes durations in seconds and saves a one-line apology", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns/new");
  await page.getByLabel("Name", { exact: true }).fill("One-liner");
  await page.getByLabel("Trigger name").fill("Slow cart");
  await page.getByLabel("Fires when").selectOption("slow_request");
  await page.getByLabel("URL pattern").fill("/api/cart*");
  await page.getByLabel("Still pending after (seconds)").fill("2.5");

  await page.getByLabel("Title").fill("");
  await expect(page.getByTestId("title-count")).toHaveText("0 / 120 characters");
  await page.getByLabel("Title").fill("x".repeat(121));
  await expect(page.getByTestId("title-count")).toHaveText("121 / 120 characters");
  await expect(page.getByText("Title is at most 120 characters")).toBeVisible();
  // a misspelt attribute is caught while typing, with a suggestion (a warning: saving stays possible)
  await page.getByLabel("Title").fill("Sorry <<nmae|there>>, your cart is slow.");
  await expect(page.getByTestId("attribute-hint")).toHaveText("<<nmae>>: did you mean <<name>>?");
  await expect(page.getByTestId("message-preview").getByRole("status")).toContainText("Sorry there, your cart is slow.");
  await page.getByLabel("Title").fill("Sorry <<name|there>>, your cart is slow.");
  await expect(page.getByTestId("attribute-hint")).toHaveCount(0);
  await expect(page.getByTestId("title-count")).toHaveText("40 / 120 characters");
  await expect(page.getByText("Title is at most 120 characters")).toHaveCount(0);

  await page.getByLabel(/^Body/).fill("");
  await expect(page.getByTestId("body-count")).toHaveText("0 / 400 characters");
  await page.getByLabel("Hide after (seconds, 0 = never)").fill("4.5");
  await expect(page.getByTestId("message-preview").getByRole("status")).toContainText("Sorry Jackie, your cart is slow.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+\?created=1$/);

  const id = /\/campaigns\/([a-z0-9]+)/.exec(page.url())![1];
  const saved = await (await page.request.get(`/api/v1/campaigns/${id}`)).json();
  expect(saved.message).toMatchObject({ title: "Sorry <<name|there>>, your cart is slow.", body: "", autoDismissMs: 4500 });
  expect(saved.trigger.definition).toMatchObject({ type: "slow_request", thresholdMs: 2500 });
  // and the form reads them back in seconds
  await expect(page.getByLabel("Hide after (seconds, 0 = never)")).toHaveValue("4.5");
  await expect(page.getByTestId("reused-trigger-settings")).toContainText("2.5 s");
});

test("a new campaign on a failure another active campaign answers first says so, until its priority is higher", async ({ page }) => {
  await login(page, "editor");
  await page.goto("/campaigns/new");
  await page.getByLabel("Name", { exact: true }).fill("Our payment apology");
  await page.getByLabel("Trigger name").fill("Payment fails");
  await page.getByLabel("Fires when").selectOption("custom");
  await page.getByLabel("Event name").fill("payment_failed");
  // the demo's "Payment declined" answers payment_failed at priority 95
  const note = page.getByTestId("campaigns-first");
  await expect(note).toContainText("Answered first by Payment declined (priority 95)");
  await expect(note.getByRole("link", { name: "Payment declined" })).toHaveAttribute("href", /\/campaigns\/[a-z0-9]+$/);
  await page.getByLabel("Priority").fill("96");
  await expect(note).toHaveCount(0);
  await page.getByLabel("Priority").fill("10");
  await page.getByLabel("Event name").fill("payment_timeout");
  await expect(note).toHaveCount(0);
});
