// The SDK must never hurt the host page, whatever its server does: down, slow, erroring, or
// sending malformed or huge rules. A fake Mea Culpa origin serves each of those.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { hostPage, startHostSite } from "./host-site";
import { sdkReady } from "./fixtures";

const FAKE_PORT = 3203;
const HOST_PORT = 3204;
let mode = "";
let fake: Server;
let site: Server;
// open rules streams: the test announces a revision on them when it chooses
const streams = new Set<import("node:http").ServerResponse>();
const announce = () => {
  for (const res of streams) res.write('event: revision\ndata: {"etag":"\\"new\\""}\n\n');
};

const VALID = JSON.stringify({
  schemaVersion: 1,
  revision: 1,
  generatedAt: "x",
  expiresAt: "y",
  settings: { minGapMs: 0 },
  campaigns: [],
});
const RULES: Record<string, () => { status: number; body: string; delayMs?: number }> = {
  "answers 500": () => ({ status: 500, body: "oops" }),
  "sends malformed JSON": () => ({ status: 200, body: '{"schemaVersion":1,"campaigns":[' }),
  "sends campaigns of the wrong shape": () => ({
    status: 200,
    body: JSON.stringify({ schemaVersion: 1, revision: 1, expiresAt: "soon", settings: null, campaigns: [{}, null, { id: 1, trigger: { type: "rage_click" } }, { trigger: { type: "http_error", statuses: "5xx" } }] }),
  }),
  "sends a future schema version": () => ({ status: 200, body: JSON.stringify({ schemaVersion: 2, campaigns: "new" }) }),
  "sends 2 MB of rules": () => ({ status: 200, body: JSON.stringify({ ...JSON.parse(VALID), padding: "x".repeat(2_000_000) }) }),
  "takes 10 s to answer": () => ({ status: 200, body: VALID, delayMs: 10_000 }),
};

test.beforeAll(async () => {
  const sdk = readFileSync("public/sdk/v1.js");
  fake = createServer((req, res) => {
    const url = req.url ?? "/";
    res.setHeader("Access-Control-Allow-Origin", "*");
    // revalidating with If-None-Match needs a preflight, as on the real server
    if (req.method === "OPTIONS") return void res.writeHead(204, { "Access-Control-Allow-Headers": "If-None-Match" }).end();
    if (url === "/sdk/v1.js") return void res.writeHead(200, { "Content-Type": "application/javascript" }).end(sdk);
    if (url.startsWith("/api/v1/events/")) return void res.writeHead(500).end("no");
    if (url.endsWith("/stream")) {
      // a broken announcement first, then the connection stays open for the test's announcements
      res.writeHead(200, { "Content-Type": "text/event-stream" }).write("event: revision\ndata: {not json\n\n");
      streams.add(res);
      return void res.on("close", () => streams.delete(res));
    }
    if (url.startsWith("/api/v1/rules/")) {
      const r = RULES[mode]();
      const send = () => {
        if (!res.destroyed) res.writeHead(r.status, { "Content-Type": "application/json" }).end(r.body);
      };
      return void (r.delayMs ? setTimeout(send, r.delayMs) : send());
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => fake.listen(FAKE_PORT, "127.0.0.1", r));
  site = await startHostSite(HOST_PORT, () => hostPage({ sdkOrigin: `http://127.0.0.1:${FAKE_PORT}`, publicKey: "pk_hostiletest0001", user: { id: "u", name: "Jackie" } }));
});

test.afterAll(async () => {
  await new Promise((r) => site.close(r));
  for (const res of streams) res.end();
  fake.closeAllConnections();
  await new Promise((r) => fake.close(r));
});

for (const name of Object.keys(RULES)) {
  test(`when the server ${name}, the host page keeps working and no error reaches it`, async ({ page }) => {
    mode = name;
    const problems: string[] = [];
    page.on("pageerror", (e) => e.message !== "host widget crashed" && problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      // the browser's own network-failure lines are not the SDK's doing
      if (m.type() === "error" && !/Failed to load resource|net::ERR|status of 500/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await sdkReady(page);
    await page.click("#search");
    await expect(page.locator("#out")).toHaveText("search 500");
    await page.click("#legacy");
    await expect(page.locator("#out")).toHaveText("legacy 503");
    for (let i = 0; i < 5; i++) await page.click("#rage");
    await page.click("#stall");
    await page.click("#photo");
    await page.click("#crash");
    await page.evaluate(() => {
      const m = (window as unknown as { MeaCulpa: Record<string, (...a: unknown[]) => unknown> }).MeaCulpa;
      m.identify(null);
      m.identify("nope");
      m.report(undefined, 42);
      m.on("apology", "not a function");
      m.debug("yes");
    });
    // Failures are now held until rules arrive. A new revision announced while the server still
    // fails makes the SDK refetch; that must end (it once replayed the held failures forever and
    // froze the page: issue #18), so the page must still answer afterwards.
    await page.waitForTimeout(300);
    announce();
    await page.waitForTimeout(1200);
    await expectResponsive(page);
    await page.click("#search");
    await expect(page.locator("#out")).toHaveText("search 500");
    expect(problems).toEqual([]);
    await expect(page.getByRole("status")).toHaveCount(0);
  });
}

/** The page's main thread still runs script: a frozen page never answers evaluate(). */
async function expectResponsive(page: import("@playwright/test").Page) {
  const answer = await Promise.race([
    page.evaluate(() => "answered"),
    new Promise<string>((r) => setTimeout(() => r("the host page stopped answering for 10 s: its main thread is stuck"), 10_000)),
  ]);
  expect(answer).toBe("answered");
}
