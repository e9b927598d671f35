import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

interface Case {
  type: string;
  fill: (p: Page) => Promise<void>;
}

const CASES: Case[] = [
  { type: "http_error", fill: async (p) => { await p.getByLabel("URL pattern").fill("/api/cart*"); await p.getByLabel("Statuses").fill("5xx, 0"); } },
  { type: "slow_request", fill: async (p) => { await p.getByLabel("URL pattern").fill("/api/pay*"); await p.getByLabel("Still pending after (ms)").fill("2500"); } },
  { type: "js_error", fill: async (p) => { await p.getByLabel("Message contains").fill("TypeError"); } },
  { type: "resource_error", fill: async (p) => { await p.getByLabel("URL pattern").fill("*.png"); await p.getByLabel("CSS selector").fill("img.product"); } },
  { type: "media_stall", fill: async (p) => { await p.getByLabel("CSS selector").fill("video"); await p.getByLabel("Stalled for (ms)").fill("4000"); } },
  { type: "rage_click", fill: async (p) => { await p.getByLabel("Clicks", { exact: true }).fill("5"); await p.getByLabel("Within (ms)").fill("1500"); } },
  { type: "custom", fill: async (p) => { await p.getByLabel("Event name").fill("payment_declined"); } },
];

test("an editor builds one campaign of each trigger type, publishes staging, rolls back, and the audit log has it all", async ({ page }) => {
  test.setTimeout(120_000);
  page.on("dialog", (d) => d.accept());
  await login(page, "editor");
  const ids: string[] = [];

  for (const [i, c] of CASES.entries()) {
    await page.goto("/campaigns/new");
    await page.getByLabel("Name", { exact: true }).fill(`E2E ${c.type}`);
    await page.getByLabel("Trigger name").fill(`E2E trigger ${c.type}`);
    await page.getByLabel("Fires when").selectOption(c.type);
    await c.fill(page);

    if (i === 0) {
      // a token with no fallback and no workspace default is refused while typing, naming it
      await page.getByLabel("Title").fill("Hi <<plan>>, sorry");
      await expect(page.getByText("<<plan>> has no fallback")).toBeVisible();
      // the URL tester answers as the SDK would
      await page.getByLabel("URL to test").fill("/api/cart?id=7");
      await expect(page.getByTestId("url-test-result")).toHaveText("Yes, it matches");
      await page.getByLabel("URL to test").fill("/api/search");
      await expect(page.getByTestId("url-test-result")).toHaveText("No match");
    }
    await page.getByLabel("Title").fill(`Sorry <<name|friend>>, ${c.type} happened`);

    if (i === 0) {
      const preview = page.getByTestId("message-preview");
      await expect(preview.getByRole("status")).toContainText("Sorry Jackie, http_error happened");
      await page.getByLabel("Sample user").selectOption("No name");
      await expect(preview.getByRole("status")).toContainText("Sorry friend, http_error happened");
      await page.getByLabel("Sample user").selectOption("Markup as a name");
      await expect(preview.getByRole("status")).toContainText("Sorry <img src=x onerror=alert(1)>, http_error");
      expect(await preview.locator("img").count()).toBe(0);
      await page.getByLabel("Sample user").selectOption("Right-to-left name");
      await expect(preview.getByRole("status")).toContainText("مريم");
    }

    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+\?created=1$/);
    await expect(page.getByTestId("campaign-status")).toHaveText("draft");
    await page.getByRole("button", { name: "Activate" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("active");
    ids.push(/\/campaigns\/([a-z0-9]+)/.exec(page.url())![1]);
  }

  await page.goto("/publishing");
  const key = (await page.getByTestId("public-key-staging").textContent())!;
  const before = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  await page.getByRole("button", { name: "Review changes for staging" }).click();
  for (const c of CASES) await expect(page.getByTestId("publish-diff")).toContainText(`E2E ${c.type}`);
  await page.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result-staging")).toHaveText(`Published staging revision ${before.revision + 1}.`);

  const published = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  const served = new Map(published.campaigns.map((c: { id: string; trigger: { type: string } }) => [c.id, c.trigger.type]));
  expect(ids.map((id) => served.get(id))).toEqual(CASES.map((c) => c.type));
  const custom = published.campaigns.find((c: { id: string }) => c.id === ids[6]);
  expect(custom.trigger).toEqual({ type: "custom", name: "payment_declined" });
  expect(custom.message.title).toEqual(["Sorry ", { attr: "name", fallback: "friend" }, ", custom happened"]);

  await page.reload();
  await page.getByRole("button", { name: `Roll back to #${before.revision}` }).first().click();
  await expect(page.getByTestId("publish-result-staging")).toHaveText(
    `Rolled staging back to revision ${before.revision} as revision ${before.revision + 2}.`,
  );
  const rolled = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  expect(rolled.revision).toBe(before.revision + 2);
  expect(rolled.campaigns.map((c: { id: string }) => c.id)).toEqual(before.campaigns.map((c: { id: string }) => c.id));

  await page.goto("/audit");
  for (const action of ["campaign.create", "trigger.create", "campaign.status", "environment.publish", "environment.rollback"]) {
    await expect(page.getByRole("cell", { name: action }).first()).toBeVisible();
  }
  await page.getByLabel("Action").selectOption("environment.rollback");
  await page.getByRole("button", { name: "Filter" }).click();
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toContainText("editor@e2e.test");
  for (const row of await rows.all()) await expect(row).toContainText("environment.rollback");

  // leave the shared demo workspace as it was
  for (const id of ids) {
    const r = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "archived" } });
    expect(r.status()).toBe(200);
  }
});
