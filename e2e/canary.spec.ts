// Counting end to end for a VP: events posted like the SDK posts them are counted exactly once,
// and the weekly report, the trends page (and its CSV) and the live canary show exactly them;
// an alert rule built in the UI fires to a local webhook.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { confirmDialog, login } from "./fixtures";

test.describe.configure({ mode: "serial" });

const HOOK_PORT = 3205;
let key = "";
let hook: Server;
const hooked: { text: string }[] = [];

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ id: randomUUID(), type, ts: Date.now(), sessionId: "s-" + randomUUID(), ...extra });
const post = (request: APIRequestContext, events: unknown[]) =>
  request.post(`/api/v1/events/${key}`, { data: JSON.stringify({ events }), headers: { "Content-Type": "text/plain" } });

test.beforeAll(async () => {
  hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      hooked.push(JSON.parse(body));
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => hook.listen(HOOK_PORT, "127.0.0.1", r));
});
test.afterAll(() => hook?.close());

test("posted events are counted once: partial batches keep the valid ones, replays count nothing twice", async ({ page }) => {
  await login(page, "vp");
  await page.goto("/publishing");
  key = (await page.getByTestId("public-key-production").textContent())!.trim();
  const checkout = Array.from({ length: 3 }, () => ev("shown", { campaignId: "stats-checkout", triggerType: "http_error", url: "https://shop.test/api/checkout" }));
  const search = Array.from({ length: 2 }, () => ev("shown", { campaignId: "stats-search", triggerType: "slow_request", url: "https://shop.test/api/search" }));
  const sessions = Array.from({ length: 4 }, () => ev("session"));

  const mixed = await post(page.request, [...checkout, { ...ev("shown"), ts: "yesterday" }, ...sessions]);
  expect(mixed.status()).toBe(202);
  expect(await mixed.json()).toEqual({ accepted: 7, duplicates: 0, rejected: [{ index: 3, field: "ts", message: expect.stringContaining("ts") }] });

  const replay = await post(page.request, [...checkout, ...search]);
  expect(replay.status()).toBe(202);
  expect(await replay.json()).toEqual({ accepted: 2, duplicates: 3, rejected: [] });

  // a page cannot invent campaigns: an id Stats Co never published is refused, and never charted
  const invented = await post(page.request, [ev("shown", { campaignId: "made-up-campaign", triggerType: "http_error" })]);
  expect(invented.status()).toBe(400);
  expect((await invented.json()).rejected).toEqual([{ index: 0, field: "campaignId", message: "campaignId names no campaign this environment has published" }]);

  const invalid = await post(page.request, [{ nonsense: true }]);
  expect(invalid.status()).toBe(400); // no valid event at all: the whole body is refused, each event's problem named
  expect((await invalid.json()).rejected).toHaveLength(1);
  const broken = await page.request.post(`/api/v1/events/${key}`, { data: "{not json", headers: { "Content-Type": "text/plain" } });
  expect(broken.status()).toBe(400);
});

test("the weekly report shows exactly what was posted, to a viewer, and prints without the app chrome", async ({ page }) => {
  await login(page, "vp");
  await page.goto("/reports/weekly");
  await expect(page.getByTestId("weekly-shown")).toHaveText("5");
  await expect(page.getByTestId("weekly-sessions")).toHaveText("4");
  await expect(page.getByTestId("weekly-detected")).toHaveText("0");
  const campaigns = page.getByTestId("weekly-campaigns");
  await expect(campaigns.getByRole("row", { name: /Checkout apology/ })).toContainText("3");
  await expect(campaigns.getByRole("row", { name: /Search apology/ })).toContainText("2");
  const triggers = page.getByTestId("weekly-triggers");
  await expect(triggers.getByRole("row", { name: /Request failed/ })).toContainText("3");
  await expect(triggers.getByRole("row", { name: /Slow request/ })).toContainText("2");
  await expect(page.getByTestId("movers-up")).toContainText("Checkout apology");

  // last week had nothing; its report says so and links forward
  await page.getByRole("link", { name: "← Previous week" }).click();
  await expect(page.getByTestId("weekly-shown")).toHaveText("0");
  await expect(page.getByText("No apologies in either week.").first()).toBeVisible();
  await page.getByRole("link", { name: "Next week →" }).click();
  await expect(page.getByTestId("weekly-shown")).toHaveText("5");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByTestId("weekly-shown")).toBeVisible();
});

test("trends split by campaign show the same numbers, and the CSV export matches the screen", async ({ page }) => {
  await login(page, "vp");
  await page.goto("/trends?range=24h&groupBy=campaign&type=shown&metric=count&env=production");
  const totals = page.getByTestId("trends-totals");
  await expect(totals.getByRole("row", { name: /Checkout apology/ })).toContainText("3");
  await expect(totals.getByRole("row", { name: /Search apology/ })).toContainText("2");
  await expect(page.getByRole("img", { name: /Checkout apology, Search apology/ })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8").trim().split("\n");
  expect(csv[0]).toBe("bucket_start_utc,Checkout apology,Search apology,sessions,partial");
  expect(csv).toHaveLength(25); // a header and 24 hourly rows
  // the hour in progress says so, and only it
  expect(csv.slice(1).map((line) => line.split(",")[4])).toEqual([...Array(23).fill("false"), "true"]);
  const sums = [1, 2, 3].map((col) => csv.slice(1).reduce((s, line) => s + Number(line.split(",")[col]), 0));
  expect(sums).toEqual([3, 2, 4]);

  // rate per 1,000 sessions: 5 apologies over 4 sessions
  await page.getByLabel("Series by").selectOption("none");
  await page.getByLabel("Measure").selectOption("rate");
  await expect(page.getByTestId("trends-totals").getByRole("row", { name: /All apologies/ })).toContainText("1,250");

  // a range with nothing in it says so instead of drawing an empty chart
  await page.getByRole("button", { name: "Custom" }).click();
  await page.getByLabel("From").fill("2026-01-01");
  await page.getByLabel("to", { exact: true }).fill("2026-01-07");
  await expect(page.getByTestId("trends-empty")).toBeVisible();
});

test("the live canary names the top triggers and URLs of the last hour", async ({ page }) => {
  await login(page, "vp");
  await page.goto("/dashboard");
  await expect(page.getByTestId("apologies-last-hour")).toHaveText("5");
  await expect(page.getByTestId("top-triggers").getByRole("listitem").first()).toHaveText(/Request failed\s*3/);
  await expect(page.getByTestId("top-urls").getByRole("listitem").first()).toHaveText(/https:\/\/shop\.test\/api\/checkout\s*3/);
});

test("an alert built in the UI fires to a local webhook, once, and shows in the history", async ({ page }) => {
  await login(page, "statsEditor");
  await page.goto("/alerts");
  const form = page.getByRole("region", { name: "New alert" });
  await form.getByLabel("Name").fill("Checkout spike");
  await form.getByLabel("Scope").selectOption("campaign");
  await form.getByLabel("Campaign", { exact: true }).selectOption({ label: "Checkout apology" });
  await form.getByLabel("Fire when").selectOption("absolute");
  await form.getByLabel("Threshold").fill("3");
  await form.getByLabel(/Webhook URL/).fill("ftp://127.0.0.1/hook");
  await expect(form.getByText("must be a URL like https://hooks.example.com/…")).toBeVisible();
  await form.getByLabel(/Webhook URL/).fill(`http://127.0.0.1:${HOOK_PORT}/hook`);
  await form.getByRole("button", { name: "Create alert" }).click();
  await expect(page.getByTestId("alert-result")).toHaveText("Saved alert “Checkout spike”.");

  await expect.poll(() => hooked.length, { timeout: 15_000 }).toBe(1);
  expect(hooked[0].text).toBe("Mea Culpa alert “Checkout spike”: apologies shown 3 in the last 15 min (production, campaign “Checkout apology”); threshold 3.");
  await page.waitForTimeout(4_500); // two more evaluations: the cooldown holds
  expect(hooked).toHaveLength(1);

  await page.reload();
  await expect(page.getByTestId("alert-history").getByRole("row", { name: /Checkout spike/ })).toContainText("delivered");
  const card = page.getByRole("region", { name: "Alert Checkout spike" });
  await card.getByRole("button", { name: "Send test" }).click();
  await expect(card.getByTestId("alert-result")).toContainText("Test message delivered (HTTP 200: ok)");
  expect(hooked[1].text).toContain("[test] Checkout spike");
  await card.getByRole("button", { name: "Turn off" }).click();
  await expect(card.getByText("off", { exact: true })).toBeVisible();

  // a viewer reads alerts and history but cannot change them
  const vp = await page.context().browser()!.newPage();
  await login(vp, "vp");
  await vp.goto("/alerts");
  await expect(vp.getByRole("region", { name: "Alert Checkout spike" })).toBeVisible();
  await expect(vp.getByRole("button", { name: "Send test" })).toHaveCount(0);
  await expect(vp.getByRole("region", { name: "New alert" })).toHaveCount(0);

  // deleting the rule keeps what it did: the firing stays in the history, marked as deleted
  await card.getByRole("button", { name: "Delete" }).click();
  await confirmDialog(page, "Delete alert");
  await expect(page.getByRole("region", { name: "Alert Checkout spike" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("alert-history").getByRole("row", { name: /Checkout spike/ })).toContainText("Checkout spike (deleted)");
});

test("the stats API answers the same numbers, names what is wrong with a query, and needs a caller", async ({ page, playwright }) => {
  await login(page, "vp");
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const series = await page.request.get(`/api/v1/stats?groupBy=campaign&interval=hour&from=${encodeURIComponent(from)}`);
  expect(series.status()).toBe(200);
  const body = await series.json();
  expect(body.series.map((s: { label: string; total: number }) => [s.label, s.total])).toEqual([
    ["Checkout apology", 3],
    ["Search apology", 2],
  ]);
  const summary = await (await page.request.get("/api/v1/stats/summary")).json();
  expect(summary.totals.shown.thisWeek).toBe(5);

  const bad = await page.request.get("/api/v1/stats?interval=fortnight");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.field).toBe("interval");
  const badWeek = await page.request.get("/api/v1/stats/summary?week=last-monday");
  expect((await badWeek.json()).error.field).toBe("week");

  const stranger = await playwright.request.newContext({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}` });
  expect((await stranger.get("/api/v1/stats")).status()).toBe(401);
  await stranger.dispose();
});
