import { expect, test, type Page } from "@playwright/test";
import { confirmDialog, login } from "./fixtures";

interface Case {
  type: string;
  fill: (p: Page) => Promise<void>;
  // a failure that this campaign's trigger matches, entered in the simulator
  simulate: (p: Page) => Promise<void>;
}

const CASES: Case[] = [
  {
    type: "http_error",
    fill: async (p) => { await p.getByLabel("URL pattern").fill("/api/cart*"); await p.getByLabel("Statuses").fill("5xx, 0"); },
    simulate: async (p) => { await p.getByLabel("URL", { exact: true }).fill("/api/cart/7"); await p.getByLabel("Status (0 = network failure)").fill("0"); },
  },
  {
    type: "slow_request",
    fill: async (p) => { await p.getByLabel("URL pattern").fill("/api/pay*"); await p.getByLabel("Still pending after (seconds)").fill("2.5"); },
    simulate: async (p) => { await p.getByLabel("URL", { exact: true }).fill("/api/pay"); await p.getByLabel("Pending for (seconds)").fill("3"); },
  },
  {
    type: "js_error",
    fill: async (p) => { await p.getByLabel("Message contains").fill("TypeError"); },
    simulate: async (p) => { await p.getByLabel("Error message").fill("TypeError: x is undefined"); },
  },
  {
    type: "resource_error",
    fill: async (p) => { await p.getByLabel("URL pattern").fill("*.png"); },
    simulate: async (p) => { await p.getByLabel("URL", { exact: true }).fill("https://cdn.example/shoe.png"); },
  },
  {
    type: "media_stall",
    fill: async (p) => { await p.getByLabel("CSS selector").fill("video"); await p.getByLabel("Stalled for (seconds)").fill("4"); },
    simulate: async (p) => { await p.getByLabel("Stalled for (seconds)").fill("5"); },
  },
  {
    type: "rage_click",
    fill: async (p) => { await p.getByLabel("Clicks", { exact: true }).fill("5"); await p.getByLabel("Within (seconds)").fill("1.5"); },
    simulate: async (p) => { await p.getByLabel("Clicks", { exact: true }).fill("6"); await p.getByLabel("Within (seconds)").fill("0.9"); },
  },
  {
    type: "custom",
    fill: async (p) => { await p.getByLabel("Event name").fill("payment_declined"); },
    simulate: async (p) => { await p.getByLabel("Event name").fill("payment_declined"); },
  },
  {
    type: "error_click",
    fill: async (p) => { await p.getByLabel("Within (seconds) of the click").fill("2"); await p.getByLabel("CSS selector of the clicked element").fill("button.buy"); },
    simulate: async (p) => { await p.getByLabel("Seconds after the click").fill("0.4"); },
  },
  {
    type: "slow_page",
    fill: async (p) => { await p.getByLabel("Main content not shown after (seconds)").fill("5"); await p.getByLabel("Input answered after (seconds)").fill(""); },
    simulate: async (p) => { await p.getByLabel("How long (seconds)").fill("6"); },
  },
  {
    type: "media_quality",
    fill: async (p) => { await p.getByLabel("Dropped frames above (%)").fill("15"); await p.getByLabel("Image at most (% of its displayed size)").fill(""); },
    simulate: async (p) => { await p.getByLabel("What degraded (dropped, resolution, rebuffer or image)").fill("dropped"); await p.getByLabel("Measured share (%)").fill("30"); },
  },
  {
    type: "unresponsive",
    fill: async (p) => { await p.getByLabel("No response within (seconds)").fill("1.2"); },
    simulate: async (p) => { await p.getByLabel("Seconds without a response").fill("1.5"); },
  },
];

test("from an empty workspace, a growth user builds, previews, simulates, publishes and rolls back one campaign of each trigger type", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (d) => d.accept());
  await login(page, "growth");
  await page.goto("/campaigns");
  await expect(page.getByText("No campaigns yet. Create the first one.")).toBeVisible();
  await page.goto("/publishing");
  await expect(page.getByText("Nothing published yet.").first()).toBeVisible();
  const key = (await page.getByTestId("public-key-staging").textContent())!;
  const ids: string[] = [];

  for (const [i, c] of CASES.entries()) {
    await page.goto("/campaigns");
    await page.getByRole("link", { name: "New campaign" }).click();
    await page.getByLabel("Name", { exact: true }).fill(`Sorry for ${c.type}`);
    await page.getByLabel("Trigger name").fill(`When ${c.type}`);
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

    // the live preview renders with the SDK's code, for awkward users too
    const preview = page.getByTestId("message-preview");
    await expect(preview.getByRole("status")).toContainText(`Sorry Jackie, ${c.type} happened`);
    if (i === 0) {
      await page.getByLabel("Sample user").selectOption("No name");
      await expect(preview.getByRole("status")).toContainText("Sorry friend, http_error happened");
      await page.getByLabel("Sample user").selectOption("Markup as a name");
      await expect(preview.getByRole("status")).toContainText("Sorry <img src=x onerror=alert(1)>, http_error");
      expect(await preview.locator("img").count()).toBe(0);
      await page.getByLabel("Sample user").selectOption("Right-to-left name");
      await expect(preview.getByRole("status")).toContainText("مريم");
      await page.getByLabel("Sample user").selectOption("200-character name");
      await expect(preview.getByRole("status")).toContainText("…, http_error happened");
    }

    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/campaigns\/[a-z0-9]+\?created=1$/);
    await expect(page.getByTestId("campaign-status")).toHaveText("draft");
    await page.getByRole("button", { name: "Activate" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("active");
    ids.push(/\/campaigns\/([a-z0-9]+)/.exec(page.url())![1]);

    if (i === 0) {
      // a first revision with one campaign, to roll back to later
      await page.goto("/publishing");
      await page.getByRole("button", { name: "Review changes for staging" }).click();
      await page.getByRole("button", { name: "Publish staging" }).click();
      await expect(page.getByTestId("publish-result-staging")).toHaveText("Published staging revision 1.");
    }
  }

  // each campaign is the one that apologizes for its own kind of failure
  await page.goto("/campaigns/simulate");
  for (const c of CASES) {
    await page.getByLabel("Failure type").selectOption(c.type);
    await c.simulate(page);
    await page.getByRole("button", { name: "Simulate" }).click();
    await expect(page.getByTestId("simulation-outcome")).toContainText(`Sorry Jackie, ${c.type} happened`);
    await expect(page.getByTestId("simulation-row").filter({ hasText: `Sorry for ${c.type}` })).toContainText("shown");
  }

  await page.goto("/publishing");
  await page.getByRole("button", { name: "Review changes for staging" }).click();
  for (const c of CASES.slice(1)) await expect(page.getByTestId("publish-diff")).toContainText(`Sorry for ${c.type}`);
  await page.getByRole("button", { name: "Publish staging" }).click();
  await expect(page.getByTestId("publish-result-staging")).toHaveText("Published staging revision 2.");

  const published = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  const served = new Map(published.campaigns.map((c: { id: string; trigger: { type: string } }) => [c.id, c.trigger.type]));
  expect(ids.map((id) => served.get(id))).toEqual(CASES.map((c) => c.type));
  const custom = published.campaigns.find((c: { id: string }) => c.id === ids[6]);
  expect(custom.trigger).toEqual({ type: "custom", name: "payment_declined" });
  expect(custom.message.title).toEqual(["Sorry ", { attr: "name", fallback: "friend" }, ", custom happened"]);

  await page.reload();
  // any two revisions compare field by field
  const staging = page.getByRole("region", { name: "staging" });
  await staging.getByLabel("Compare from revision").selectOption("1");
  await staging.getByLabel("Compare to revision").selectOption("2");
  await staging.getByRole("button", { name: "Compare" }).click();
  await expect(staging.getByTestId("compare-diff")).toContainText("Added: ");
  for (const c of CASES.slice(1)) await expect(staging.getByTestId("compare-diff")).toContainText(`Sorry for ${c.type}`);
  await expect(staging.getByTestId("compare-diff")).toContainText("1 unchanged.");

  // the rollback dialog says what rolling back removes before anything happens
  await page.getByRole("button", { name: "Roll back to #1" }).click();
  await expect(page.getByTestId("rollback-diff")).toContainText("Removed: ");
  await expect(page.getByTestId("rollback-diff")).toContainText("Sorry for slow_request");
  await confirmDialog(page, "Roll back");
  await expect(page.getByTestId("publish-result-staging")).toHaveText("Rolled staging back to revision 1 as revision 3.");
  const rolled = await (await page.request.get(`/api/v1/rules/${key}`)).json();
  expect(rolled.revision).toBe(3);
  expect(rolled.campaigns.map((c: { id: string }) => c.id)).toEqual([ids[0]]);

  await page.goto("/audit");
  for (const action of ["campaign.create", "trigger.create", "campaign.status", "environment.publish", "environment.rollback"]) {
    await expect(page.getByRole("cell", { name: action }).first()).toBeVisible();
  }
  await expect(page.getByRole("cell", { name: "campaign.create" })).toHaveCount(CASES.length);
  await page.getByLabel("Action").selectOption("environment.rollback");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(1);
  await expect(page.getByTestId("audit-row")).toContainText("growth@e2e.test");
  await expect(page.getByTestId("audit-row")).toContainText('"to":1');
});
