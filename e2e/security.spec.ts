// Web security as a browser sees it: headers on every admin page, a nonce-based CSP that the app
// itself never trips, and markup typed into names shown as text on every page that shows them.
import { expect, test, type Page } from "@playwright/test";
import { login } from "./fixtures";

const XSS = `<img src=x onerror="window.__pwned=1">`;

function watch(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

test("admin pages send CSP with a nonce, no framing, nosniff and a referrer policy", async ({ page }) => {
  await login(page, "viewer");
  const res = await page.goto("/dashboard");
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"]).toBe("DENY");
  // a fresh nonce per request
  const again = (await page.goto("/dashboard"))!.headers()["content-security-policy"];
  expect(again).not.toBe(h["content-security-policy"]);
  const api = await page.request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("markup in campaign and segment names is text on every page, and the CSP blocks nothing of ours", async ({ page }) => {
  await login(page, "owner");
  const created = await page.request.post("/api/v1/campaigns", {
    data: { name: `Campaign ${XSS}`, trigger: { name: `Trigger ${XSS}`, definition: { type: "custom", name: "xss_test" } }, message: { title: `Sorry ${XSS}`, body: XSS } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  const seg = await page.request.post("/api/v1/segments", {
    data: { name: `Segment ${XSS}`, conditions: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] } },
  });
  expect(seg.status(), await seg.text()).toBe(201);

  const problems = watch(page);
  for (const [path, text] of [
    ["/campaigns", `Campaign ${XSS}`],
    [`/campaigns/${id}`, `Sorry ${XSS}`],
    ["/segments", null],
    ["/triggers", `Trigger ${XSS}`],
    ["/audit", "Campaign <img src=x onerror="], // inside a JSON diff, its quotes escaped
    ["/publishing", null],
    ["/alerts", null],
    ["/dashboard", null],
    ["/trends?groupBy=campaign", null],
    ["/reports/weekly", null],
    ["/demo", null],
  ] as const) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (text) await expect(page.getByText(text, { exact: false }).first(), `${text} on ${path}`).toBeVisible();
    if (path === "/segments") {
      const names = await page.getByLabel("Segment name").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(names).toContain(`Segment ${XSS}`);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img[src=x]").count()).toBe(0);
  }
  expect(problems).toEqual([]);
  // the demo's SDK still runs under the policy: its script carries the nonce
  await page.goto("/demo");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText("Jackie");
  expect(problems).toEqual([]);
});

test("public endpoints tell a stranger nothing about workspaces beyond the rules a key serves", async ({ page, playwright, baseURL }) => {
  await login(page, "viewer");
  await page.goto("/publishing");
  const production = (await page.getByTestId("public-key-production").textContent())!.trim();
  const staging = (await page.getByTestId("public-key-staging").textContent())!.trim();
  const stranger = await playwright.request.newContext({ baseURL });

  const rules = await stranger.get(`/api/v1/rules/${production}`);
  expect(rules.status()).toBe(200);
  const text = await rules.text();
  const doc = JSON.parse(text);
  expect(Object.keys(doc).sort()).toEqual(["campaigns", "expiresAt", "generatedAt", "revision", "schemaVersion", "settings"]);
  for (const c of doc.campaigns) expect(c).not.toHaveProperty("name"); // internal names stay internal
  expect(text).not.toContain("Search is failing"); // a demo campaign's name
  expect(text).not.toContain(staging); // nor another environment's key
  expect(text).not.toContain("@e2e.test"); // nor anyone's email

  // an unknown key is the same 404 on every public endpoint, naming only the key asked for
  for (const [method, path] of [
    ["GET", "/api/v1/rules/pk_doesnotexist00"],
    ["POST", "/api/v1/events/pk_doesnotexist00"],
    ["GET", "/api/v1/rules/pk_doesnotexist00/stream"],
  ] as const) {
    const r = await stranger.fetch(path, { method, data: method === "POST" ? JSON.stringify({ events: [] }) : undefined });
    expect(r.status(), path).toBe(404);
    expect(await r.json()).toEqual({ error: { code: "not_found", message: 'Unknown public key "pk_doesnotexist00"' } });
  }
  const health = await (await stranger.get("/api/health")).json();
  expect(Object.keys(health).sort()).toEqual(["db", "status", "version"]);
  await stranger.dispose();
});

test("a server action posted as a form from another site is refused with 403, never a 500", async ({ page, playwright, baseURL }) => {
  await login(page, "editor");
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const foreign = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookies, Origin: "https://evil.example.test" } });
  // the no-JavaScript path of a server action: a form post with the action id in the body
  const form = await foreign.post("/campaigns", { form: { $ACTION_ID_0000000000000000000000000000000000000000: "", name: "x" } });
  expect(form.status()).toBe(403);
  const multipart = await foreign.post("/campaigns", { multipart: { $ACTION_ID_0000000000000000000000000000000000000000: "", name: "x" } });
  expect(multipart.status()).toBe(403);
  expect((await multipart.json()).error.message).toBe("Cross-origin request refused");
  await foreign.dispose();
});
