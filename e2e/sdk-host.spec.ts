import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { login, sdkReady } from "./fixtures";
import { hostPage, startHostSite } from "./host-site";

const HOST_PORT = 3201;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
let site: Server;
let publicKey = "";
let user: Record<string, unknown> | null = { id: "user_jackie", name: "Jackie" };

const def = (type: string, extra: object) => ({ type, ...extra });
const CAMPAIGNS = [
  { name: "Search down", trigger: def("http_error", { url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx"] }), title: "<<name|there>>, search is down", caps: { perSession: 0, perUser: { count: 1, hours: 24 } } },
  { name: "Legacy down", trigger: def("http_error", { url: { kind: "glob", source: "/api/legacy" }, methods: ["GET"], statuses: ["503"] }), title: "Legacy is down, <<name|there>>" },
  { name: "Slow checkout", trigger: def("slow_request", { url: { kind: "glob", source: "/api/checkout*" }, methods: ["POST"], thresholdMs: 1000 }), title: "Hang on, <<name|there>>" },
  { name: "Missing photo", trigger: def("resource_error", { url: { kind: "glob", source: "*.png" } }), title: "A picture is missing, <<name|there>>" },
  { name: "Crash", trigger: def("js_error", { sameOriginOnly: true }), title: "Something broke, <<name|there>>" },
  { name: "Stuck video", trigger: def("media_stall", { selector: "video", stallMs: 60000, count: 2 }), title: "The video is stuck, <<name|there>>" },
  { name: "Rage", trigger: def("rage_click", { clicks: 4, withinMs: 1000, selector: "#rage" }), title: "That button is not working, <<name|there>>" },
  { name: "Payment", trigger: def("custom", { name: "payment_failed", props: { op: "and", groups: [{ op: "and", conditions: [{ attr: "amount", op: "gte", type: "number", value: 100 }] }] } }), title: "Your payment failed, <<name|there>>" },
];

test.beforeAll(async ({ browser }, info) => {
  const sdkOrigin = String(info.project.use.baseURL);
  const page = await browser.newPage();
  await login(page, "hostAdmin");
  for (const c of CAMPAIGNS) {
    const r = await page.request.post("/api/v1/campaigns", {
      data: { name: c.name, trigger: { name: c.name, definition: c.trigger }, message: { title: c.title, body: "Sorry about that.", autoDismissMs: 0 }, caps: c.caps },
    });
    expect(r.status(), await r.text()).toBe(201);
    const { id } = await r.json();
    expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  }
  expect((await page.request.post("/api/v1/environments/production/publish")).status()).toBe(200);
  await page.goto("/publishing");
  publicKey = (await page.getByTestId("public-key-production").textContent())!;
  await page.close();
  site = await startHostSite(HOST_PORT, () => hostPage({ sdkOrigin, publicKey, user }));
});

test.afterAll(() => new Promise<void>((r) => site.close(() => r())));

async function openHost(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(HOST);
  await sdkReady(page, ["interaction", "media"]);
  return errors;
}

const CASES: [string, (p: Page) => Promise<void>, string][] = [
  ["a failed fetch", (p) => p.click("#search"), "Jackie, search is down"],
  ["a failed XMLHttpRequest", (p) => p.click("#legacy"), "Legacy is down, Jackie"],
  ["a slow request, while it is still pending", (p) => p.click("#checkout"), "Hang on, Jackie"],
  ["an image that fails to load", (p) => p.click("#photo"), "A picture is missing, Jackie"],
  ["an uncaught error", (p) => p.click("#crash"), "Something broke, Jackie"],
  ["a video that stalls twice", (p) => p.click("#stall"), "The video is stuck, Jackie"],
  ["rage clicks", async (p) => { for (let i = 0; i < 4; i++) await p.click("#rage"); }, "That button is not working, Jackie"],
  ["a custom report with matching props", (p) => p.click("#report"), "Your payment failed, Jackie"],
];

for (const [what, act, text] of CASES) {
  test(`on a customer's site, ${what} apologizes to Jackie`, async ({ page }) => {
    const errors = await openHost(page);
    await act(page);
    await expect(page.getByRole("status")).toContainText(text, { timeout: 10_000 });
    // the host keeps working and hears of the apology
    expect(await page.evaluate(() => (window as unknown as { apologies?: unknown[] }).apologies?.length)).toBe(1);
    expect(errors.filter((e) => e !== "host widget crashed")).toEqual([]);
  });
}

test("the host's fetch gets its own response untouched", async ({ page }) => {
  await openHost(page);
  await page.click("#search");
  await expect(page.locator("#out")).toHaveText("search 500");
});

test("without a name the fallback is used, and a per-user cap holds across reloads", async ({ page }) => {
  user = { id: "user_anon" };
  try {
    await openHost(page);
    await page.click("#search");
    await expect(page.getByRole("status")).toContainText("there, search is down");
    await page.reload();
    await sdkReady(page, ["interaction", "media"]);
    await page.click("#search");
    await expect(page.locator("#out")).toHaveText("search 500");
    await page.waitForTimeout(500);
    await expect(page.getByRole("status")).toHaveCount(0);
    // the cross-origin page could read the ETag, so it revalidates instead of refetching
    const cached = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.endsWith(":rules"))?.[1] ?? "{}");
    expect(JSON.parse(cached).etag).toMatch(/^"[^"]+"$/);
  } finally {
    user = { id: "user_jackie", name: "Jackie" };
  }
});

test("markup in a user's name shows as text and runs nothing", async ({ page }) => {
  user = { id: "user_x", name: "<img src=x onerror=alert(1)>" };
  try {
    const errors = await openHost(page);
    await page.click("#report");
    await expect(page.getByRole("status")).toContainText("Your payment failed, <img src=x onerror=alert(1)>");
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    // nothing was parsed as markup inside the apology's shadow root
    expect(await page.evaluate(() => document.querySelector("[data-mea-culpa]")?.shadowRoot?.querySelectorAll("img").length)).toBe(0);
  } finally {
    user = { id: "user_jackie", name: "Jackie" };
  }
});
