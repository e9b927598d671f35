// Charts a VP can read (#27): the bucket in progress marked "so far", no rate drawn from too few
// sessions (and the chart says so), every series its own colour with "Other" past nine, counts as
// steps, a tooltip with the bucket's figures; the weekly report's week-against-week chart and a
// print that is a clean PDF (names whole, margins, the workspace named, nothing interactive).
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { extractText, extractTextItems, renderPageAsImage } from "unpdf";
import { createWorkspace, login } from "./fixtures";

// PDF.js (inside unpdf) renders fonts with ArrayBuffer#transferToFixedLength, which Node 20 lacks:
// without it every glyph is skipped and a blank page would pass any margin check. A copy does.
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, n = this.byteLength) {
  const out = new ArrayBuffer(n);
  new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
  return out;
};

const TRIGGERS = ["http_error", "slow_request", "slow_page", "js_error", "error_click", "unresponsive", "resource_error", "media_stall", "media_quality", "rage_click", "custom"];
const LONG_NAME = "Checkout payment confirmation never arrives for returning customers";

async function send(page: Page, key: string, events: object[]) {
  for (let i = 0; i < events.length; i += 100) {
    const r = await page.request.post(`/api/v1/events/${key}`, {
      data: JSON.stringify({ events: events.slice(i, i + 100) }),
      headers: { "Content-Type": "text/plain", Origin: "https://shop.example.test" },
    });
    expect(r.status(), await r.text()).toBe(202);
  }
}
const ev = (type: string, ts: number, extra: object = {}) => ({ id: crypto.randomUUID(), type, ts, sessionId: `s-${Math.random()}`, ...extra });

/** Signs in and switches to the workspace this spec made, as a person does with the header's switcher. */
async function open(page: Page) {
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  const switcher = page.getByRole("combobox", { name: "Workspace" });
  await switcher.selectOption({ label: `${workspace} (owner)` });
  await expect(switcher.locator("option:checked")).toHaveText(`${workspace} (owner)`);
  await expect(page).toHaveURL(/\/dashboard$/);
}

test.describe.configure({ mode: "serial" });
let key = "";
let workspace = "";

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  workspace = `Charts ${Math.random().toString(36).slice(2, 8)}`;
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  await createWorkspace(page, workspace);
  // a campaign with a long name, live in production, so its events are accepted and it has a row
  const made = await page.request.post("/api/v1/campaigns", {
    data: { name: LONG_NAME, trigger: { name: "Payment fails", definition: { type: "http_error", url: { kind: "glob", source: "/api/pay*" }, methods: [], statuses: ["5xx"] } }, message: { title: "Sorry", body: "" } },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/environments/production/publish")).status()).toBe(200);
  await page.goto("/install");
  key = /data-key="(pk_[^"]+)"/.exec((await page.getByTestId("snippet-production").textContent())!)![1];
  // the key and the campaign are served from the next snapshot refresh
  await expect
    .poll(async () => {
      const r = await page.request.post(`/api/v1/events/${key}`, {
        data: JSON.stringify({ events: [ev("shown", Date.now() - 4 * 3_600_000, { campaignId: id, triggerType: "http_error" })] }),
        headers: { "Content-Type": "text/plain" },
      });
      return r.status();
    }, { timeout: 15_000 })
    .toBe(202);
  const now = Date.now();
  const earlier = now - 3 * 3_600_000;
  // three hours ago: 40 sessions and apologies for all eleven trigger types (11 of the first, 1 of the last)
  const events: object[] = Array.from({ length: 40 }, () => ev("session", earlier));
  TRIGGERS.forEach((t, i) => {
    for (let n = 0; n < TRIGGERS.length - i; n++) events.push(ev("shown", earlier, { triggerType: t, ...(t === "http_error" ? { campaignId: id } : {}) }));
  });
  // the hour in progress: 6 sessions, 3 apologies (500 per 1,000, if anyone drew it)
  for (let n = 0; n < 6; n++) events.push(ev("session", now));
  for (let n = 0; n < 3; n++) events.push(ev("shown", now, { triggerType: "http_error", campaignId: id }));
  await send(page, key, events);
  await page.close();
});

test("trends: a colour per series and Other past nine, counts as steps, the hour in progress marked, no rate from six sessions", async ({ page }) => {
  await open(page);
  await page.goto("/trends?env=production&range=24h&groupBy=trigger&type=shown&metric=count");
  const chart = page.getByTestId("trend-chart");
  await expect(chart.locator(".recharts-legend-item-text").last()).toHaveText("Other (2)", { timeout: 15_000 });
  await expect(chart.locator(".recharts-legend-item-text")).toHaveCount(10);
  const strokes = await chart.locator("path.recharts-line-curve").evaluateAll((ps) => ps.map((p) => p.getAttribute("stroke")));
  expect(new Set(strokes).size).toBe(10);
  // steps: straight horizontal and vertical segments, never the curves a smoothed line draws
  for (const d of await chart.locator("path.recharts-line-curve").evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? ""))) expect(d).not.toMatch(/[CcQqSs]/);
  await expect(chart).toHaveAttribute("aria-label", /the last hour is still in progress/);
  await expect(chart.getByText("so far")).toBeVisible();

  // hovering the hour in progress shows its figures, and says they are so far
  const box = (await chart.locator(".recharts-cartesian-grid").boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  const tip = page.getByTestId("chart-tooltip");
  await expect(tip).toContainText("(so far)");
  await expect(tip).toContainText("Request failed3");
  await expect(tip).toContainText("6 sessions");

  // per 1,000 sessions: the hour with 6 sessions gets no rate, and the chart says why
  await page.goto("/trends?env=production&range=24h&groupBy=none&type=shown&metric=rate");
  const note = page.getByTestId("chart-min-sessions");
  await expect(note).toContainText(/^Rates are drawn only where an hour had at least 30 sessions: \d+ of \d+ had fewer and are left blank\.$/);
  // every hour of the range but the one with 40 sessions
  const [fewer, all] = /(\d+) of (\d+)/.exec((await note.textContent())!)!.slice(1).map(Number);
  expect([fewer, all >= 24]).toEqual([all - 1, true]);
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect(page.getByTestId("chart-tooltip")).toContainText("6 sessions: too few for a rate (under 30)");
  await page.mouse.move(box.x + 4, box.y + 4);
});

test("the weekly report draws the week against the last and prints a clean PDF", async ({ page }, testInfo) => {
  await open(page);
  await page.goto("/reports/weekly");
  await expect(page.getByTestId("weekly-range")).toContainText(workspace);
  // the week in progress is compared up to now, never a time still to come
  const range = (await page.getByTestId("weekly-range").textContent())!;
  const upTo = /compared up to \w{3} (\d\d):(\d\d) UTC/.exec(range);
  const now = new Date();
  expect(upTo, range).not.toBeNull(); // this week's report is always a week in progress
  expect(Number(upTo![1]) * 60 + Number(upTo![2])).toBeLessThanOrEqual(now.getUTCHours() * 60 + now.getUTCMinutes());
  await expect(page.getByTestId("week-chart")).toHaveAttribute("aria-label", /this week vs last week: Mon/);
  // more sessions are not painted as bad news
  await expect(page.getByTestId("weekly-sessions").locator("xpath=..").locator(".text-rose-700")).toHaveCount(0);

  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const data = new Uint8Array(pdf);
  // the PDF and its first page as an image, kept with the test's results (to look at when it fails)
  const dir = testInfo.outputPath("weekly-pdf");
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/weekly.pdf`, pdf);
  const png = await renderPageAsImage(data.slice(), 1, { canvasImport: () => import("@napi-rs/canvas"), scale: 1 });
  writeFileSync(`${dir}/page-1.png`, Buffer.from(png));
  const { text } = await extractText(data.slice(), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain(workspace);
  expect(flat).toContain("This week against last week");
  for (const control of ["Previous week", "Print", "Show staging", "Week of", "Sign out", "Remove sample data"]) expect(flat).not.toContain(control);

  // names whole: the campaign is printed twice (biggest increases, by campaign), each time broken
  // only between words, so the text reads the name whole twice (a name cut into "Ch ec ko…" does not)
  expect(flat.split(LONG_NAME).length - 1, "times the whole name is printed").toBe(2);

  // margins: no text within 14 mm of the page's left and right edges or 16 mm of its top and bottom
  const mm = 72 / 25.4;
  const { items } = await extractTextItems(data.slice());
  const [w, h] = [595, 842]; // A4 in points
  for (const item of items.flat().filter((i) => i.str.trim())) {
    expect(item.x, item.str).toBeGreaterThanOrEqual(14 * mm - 1);
    expect(item.x + item.width, item.str).toBeLessThanOrEqual(w - 14 * mm + 1);
    expect(item.y, item.str).toBeGreaterThanOrEqual(16 * mm - 1);
    expect(item.y, item.str).toBeLessThanOrEqual(h - 16 * mm + 1);
  }
  // rendered to images (kept with the test's results), the first page's margins are blank paper
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const img = await loadImage(Buffer.from(png));
  const ctx = createCanvas(img.width, img.height).getContext("2d");
  ctx.drawImage(img, 0, 0);
  const margin = Math.floor(14 * mm) - 2;
  const band = ctx.getImageData(0, 0, margin, img.height).data;
  let ink = 0;
  for (let i = 0; i < band.length; i += 4) if (band[i] < 240 || band[i + 1] < 240 || band[i + 2] < 240) ink++;
  expect(ink, "ink in the left margin").toBe(0);
  // and the page is not blank: the report's text is drawn inside them
  const inside = ctx.getImageData(margin + 4, Math.floor(16 * mm), img.width - 2 * (margin + 4), Math.floor(60 * mm)).data;
  let drawn = 0;
  for (let i = 0; i < inside.length; i += 4) if (inside[i] < 128 && inside[i + 1] < 128 && inside[i + 2] < 128) drawn++;
  expect(drawn, "dark (text) pixels at the top of the page").toBeGreaterThan(500);
});
