// Triggers as first-class records (issue #16): listed with where each is used, edited with the
// builder's fields (what the change affects shown first), stale saves refused across two tabs,
// unused ones deleted, read-only for viewers.
import { expect, test, type Page } from "@playwright/test";
import { confirmDialog, login } from "./fixtures";

async function campaignWithTrigger(page: Page, name: string) {
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      name,
      trigger: { name: `${name} trigger`, definition: { type: "http_error", url: { kind: "glob", source: "/api/cart*" }, methods: [], statuses: ["5xx"] } },
      message: { title: "Sorry <<name|there>>", body: "On it." },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string; trigger: { id: string } };
}

test("the Triggers page lists each trigger with its settings and campaigns; editing one shows what it affects and every campaign using it changes", async ({ page }) => {
  await login(page, "editor");
  const c = await campaignWithTrigger(page, "Cart fails");
  await page.goto("/campaigns");
  await page.getByRole("navigation").getByRole("link", { name: "Triggers" }).click();
  const row = page.getByTestId("trigger-row").filter({ hasText: "Cart fails trigger" });
  await expect(row).toContainText("Request fails (HTTP error or network)");
  await expect(row).toContainText("glob /api/cart*");
  await expect(row.getByTestId("trigger-used-by")).toHaveText("Used by Cart fails (draft).");

  await row.getByRole("link", { name: "Cart fails trigger" }).click();
  await expect(page.getByTestId("trigger-affects")).toHaveText(/Cart fails \(draft\)/);
  await page.getByLabel("URL pattern").fill("/api/basket*");
  await page.getByLabel("Statuses").fill("5xx, 0");
  await page.getByRole("button", { name: "Save trigger" }).click();
  await expect(page.getByTestId("save-result")).toHaveText("Saved trigger “Cart fails trigger”: 1 campaign(s) use it from their next publish.");

  // the campaign shows the trigger's new settings, and links to the trigger to edit it for all
  await page.goto(`/campaigns/${c.id}`);
  await expect(page.getByTestId("reused-trigger-settings")).toContainText("glob /api/basket*");
  await expect(page.getByTestId("reused-trigger-settings")).toContainText("5xx, 0");
  await page.getByRole("link", { name: "edit it for all of them" }).click();
  await expect(page).toHaveURL(new RegExp(`/triggers/${c.trigger.id}$`));

  // mistakes are caught while typing, with the builder's own rules
  await page.getByLabel("URL match").selectOption("regex");
  await page.getByLabel("URL pattern").fill("/api/(basket");
  await expect(page.getByText(/Invalid regular expression/)).toBeVisible();
  await page.getByLabel("Trigger name").fill("");
  await expect(page.getByText("Name is required")).toBeVisible();
});

test("two tabs editing one trigger: the stale save is refused, naming who changed it", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await login(a, "owner");
  await login(b, "editor");
  const c = await campaignWithTrigger(a, "Two-tab trigger");
  await a.goto(`/triggers/${c.trigger.id}`);
  await b.goto(`/triggers/${c.trigger.id}`);
  await a.getByLabel("Trigger name").fill("Basket requests fail");
  await a.getByRole("button", { name: "Save trigger" }).click();
  await expect(a.getByTestId("save-result")).toContainText("Saved trigger “Basket requests fail”");

  await b.getByLabel("Statuses").fill("5xx, 404");
  await b.getByRole("button", { name: "Save trigger" }).click();
  await expect(b.getByTestId("save-conflict")).toContainText("“Basket requests fail” was changed by");
  await b.getByRole("button", { name: "Reload their version" }).click();
  await expect(b.getByLabel("Trigger name")).toHaveValue("Basket requests fail");
  await expect(b.getByLabel("Statuses")).toHaveValue("5xx");
});

test("an unused trigger can be deleted; a viewer reads triggers but cannot change them", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await login(page, "editor");
  const created = await page.request.post("/api/v1/triggers", { data: { name: "Leftover trigger", definition: { type: "js_error", sameOriginOnly: true } } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  await page.goto("/triggers");
  await expect(page.getByTestId("trigger-row").filter({ hasText: "Leftover trigger" }).getByTestId("trigger-used-by")).toHaveText("Not used by any campaign.");

  const viewer = await (await browser.newContext()).newPage();
  await login(viewer, "viewer");
  await viewer.goto(`/triggers/${id}`);
  await expect(viewer.getByLabel("Trigger name")).toBeDisabled();
  await expect(viewer.getByRole("button", { name: "Save trigger" })).toHaveCount(0);

  await page.goto(`/triggers/${id}`);
  await page.getByRole("button", { name: "Delete trigger" }).click();
  await confirmDialog(page, "Delete trigger");
  await expect(page).toHaveURL(/\/triggers$/);
  await expect(page.getByTestId("trigger-row").filter({ hasText: "Leftover trigger" })).toHaveCount(0);
});
