// No lost edits (issue #16, problem 2): tab A changes the title and saves; tab B, opened earlier,
// changes only the priority and saves: B is refused with who changed it and when, A's title
// stays, and B can reload A's version. The API does the same with ETag / If-Match.
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

// README screenshots are refreshed with UPDATE_SCREENSHOTS=1; ordinary runs keep the tree clean.
const shots = process.env.UPDATE_SCREENSHOTS ? "docs/screenshots" : "test-results/screenshots";

test("two tabs editing one campaign: the stale save is refused and nothing is lost", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await login(a, "owner");
  await login(b, "editor");
  const created = await a.request.post("/api/v1/campaigns", {
    data: { name: "Two tabs", trigger: { name: "Two tabs trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "On it." } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  await a.goto(`/campaigns/${id}`);
  await b.goto(`/campaigns/${id}`); // opened before A saves
  await a.getByLabel("Title").fill("Sorry <<name|there>>, checkout is down");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByTestId("save-result")).toHaveText("Saved “Two tabs”.");

  await b.getByLabel("Priority").fill("7");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("save-conflict")).toContainText("“Two tabs” was changed by");
  await expect(b.getByTestId("save-conflict")).toContainText("after you opened it");
  await b.getByTestId("save-conflict").scrollIntoViewIfNeeded();
  await b.screenshot({ path: `${shots}/stale-save.png` });
  const now = await (await a.request.get(`/api/v1/campaigns/${id}`)).json();
  expect(now).toMatchObject({ priority: 0, message: { title: "Sorry <<name|there>>, checkout is down" } });

  await b.getByRole("button", { name: "Reload their version" }).click();
  await expect(b.getByLabel("Title")).toHaveValue("Sorry <<name|there>>, checkout is down");
  await b.getByLabel("Priority").fill("7");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByTestId("save-result")).toHaveText("Saved “Two tabs”.");
  expect(await (await a.request.get(`/api/v1/campaigns/${id}`)).json()).toMatchObject({ priority: 7, message: { title: "Sorry <<name|there>>, checkout is down" } });
});

test("the API refuses a stale If-Match with 412, and a current one applies", async ({ page }) => {
  await login(page, "owner");
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: "ETag probe", trigger: { name: "ETag probe trigger", definition: { type: "js_error", sameOriginOnly: true } }, message: { title: "Sorry <<name|there>>", body: "On it." } },
  });
  const { id } = await created.json();
  const read = await page.request.get(`/api/v1/campaigns/${id}`);
  const etag = read.headers()["etag"];
  expect(etag).toMatch(/^"\d{4}-/);
  const first = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 1 }, headers: { "If-Match": etag } });
  expect(first.status()).toBe(200);
  const stale = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 2 }, headers: { "If-Match": etag } });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).error).toMatchObject({ code: "precondition_failed", field: "version", message: expect.stringContaining("was changed by") });
  const fresh = await page.request.patch(`/api/v1/campaigns/${id}`, { data: { priority: 2 }, headers: { "If-Match": first.headers()["etag"] } });
  expect(fresh.status()).toBe(200);
  expect((await fresh.json()).priority).toBe(2);
});

test("segments, alert rules and workspace settings refuse a stale save too, naming who changed them", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await login(a, "owner");
  await login(b, "owner");

  // a segment: A renames it, B (opened earlier) changes its name again
  const seg = await a.request.post("/api/v1/segments", {
    data: { name: "Stale probe", conditions: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] } },
  });
  expect(seg.status(), await seg.text()).toBe(201);
  await a.goto("/segments");
  await b.goto("/segments");
  const segA = a.getByRole("region", { name: "Segment Stale probe" });
  const segB = b.getByRole("region", { name: "Segment Stale probe" });
  await segA.getByLabel("Segment name").fill("Stale probe (pro)");
  await segA.getByRole("button", { name: "Save segment" }).click();
  await expect(segA.getByTestId("segment-result")).toHaveText("Saved segment “Stale probe (pro)”.");
  await segB.getByLabel("Segment name").fill("Stale probe B");
  await segB.getByRole("button", { name: "Save segment" }).click();
  await expect(segB.getByTestId("segment-result")).toContainText("“Stale probe (pro)” was changed by");
  await expect(segB.getByRole("button", { name: "Reload their version" })).toBeVisible();

  // an alert rule
  await a.goto("/alerts");
  const form = a.getByRole("region", { name: "New alert" });
  await form.getByLabel("Name").fill("Stale alert");
  await form.getByLabel("Fire when").selectOption("absolute");
  await form.getByLabel("Threshold").fill("100000");
  await form.getByLabel(/Webhook URL/).fill("https://hooks.example.test/services/stale");
  await form.getByRole("button", { name: "Create alert" }).click();
  await expect(a.getByTestId("alert-result")).toHaveText("Saved alert “Stale alert”.");
  await b.goto("/alerts");
  await a.reload();
  const alertA = a.getByRole("region", { name: "Alert Stale alert" });
  const alertB = b.getByRole("region", { name: "Alert Stale alert" });
  await alertA.getByRole("button", { name: "Turn off" }).click();
  await expect(alertA).toContainText("off");
  await alertB.getByRole("button", { name: "Edit" }).click();
  await alertB.getByLabel("Threshold").fill("200000");
  await alertB.getByRole("button", { name: "Save alert" }).click();
  await expect(alertB.getByTestId("alert-result")).toContainText("“Stale alert” was changed by");

  // workspace settings: B's caps over A's newer ones
  await a.goto("/settings");
  await b.goto("/settings");
  await a.getByLabel("Minimum gap between two apologies (seconds)").fill("20");
  await a.getByRole("button", { name: "Save caps" }).click();
  await expect(a.getByTestId("workspace-result")).toHaveText("Workspace caps saved. Publish to apply them.");
  // A's own second save is not stale: the page moved on with its first
  await a.getByLabel("Minimum gap between two apologies (seconds)").fill("0");
  await a.getByRole("button", { name: "Save caps" }).click();
  await expect(a.getByTestId("workspace-result")).toHaveText("Workspace caps saved. Publish to apply them.");
  await b.getByLabel("At most this many apologies per session (0 = no limit)").fill("9");
  await b.getByRole("button", { name: "Save caps" }).click();
  await expect(b.getByTestId("workspace-result")).toContainText("The workspace settings were changed by");
  await b.getByRole("button", { name: "Reload their version" }).click();
  await expect(b.getByLabel("At most this many apologies per session (0 = no limit)")).not.toHaveValue("9");
});

test("the segments API honours If-Match: 412 when stale, and each write returns the new ETag", async ({ page }) => {
  await login(page, "owner");
  const conditions = { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "free" }] }] };
  const created = await page.request.post("/api/v1/segments", { data: { name: "ETag probe", conditions } });
  const seg = await created.json();
  const first = await page.request.put(`/api/v1/segments/${seg.id}`, { data: { name: "ETag probe 2", conditions }, headers: { "If-Match": `"${seg.updatedAt}"` } });
  expect(first.status(), await first.text()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toBe(`"${(await first.json()).updatedAt}"`);
  const stale = await page.request.put(`/api/v1/segments/${seg.id}`, { data: { name: "ETag probe 3", conditions }, headers: { "If-Match": `"${seg.updatedAt}"` } });
  expect(stale.status()).toBe(412);
  expect((await stale.json()).error).toMatchObject({ code: "precondition_failed", message: expect.stringContaining("was changed by") });
  expect((await page.request.put(`/api/v1/segments/${seg.id}`, { data: { name: "ETag probe 3", conditions }, headers: { "If-Match": etag } })).status()).toBe(200);
});
