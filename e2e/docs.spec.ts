// API docs in the app (issue #17): /docs/api renders the OpenAPI document with Swagger UI from the
// app's own bundle, under the app's CSP and without any other host; /docs/rules renders the rules
// format from docs/rules-format.md.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { login } from "./fixtures";

test("/docs/api lists every route of the OpenAPI document, loads nothing from elsewhere, and runs a request", async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) elsewhere.push(r.url());
  });
  await page.addInitScript(`window.__violations=[];addEventListener("securitypolicyviolation",function(e){window.__violations.push(e.violatedDirective+" "+e.blockedURI)})`);
  await login(page, "viewer");
  await page.goto("/dashboard");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API docs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const doc = (await (await page.request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => m !== "parameters").map((m) => [m, path] as const));
  expect(operations.length).toBeGreaterThanOrEqual(24);
  const reference = page.getByTestId("api-reference");
  for (const [method, path] of operations) {
    const op = reference.locator(`.opblock-${method}`).filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) });
    await expect(op, `${method.toUpperCase()} ${path}`).toHaveCount(1);
  }
  // sections, and an example body the way a reader opens one
  await expect(reference.getByRole("heading", { name: "SDK (public)" })).toBeVisible();
  const create = reference.locator(".opblock-post").filter({ has: page.locator('.opblock-summary-path[data-path="/api/v1/campaigns"]') });
  await create.locator(".opblock-summary").click();
  await expect(create.getByText('"Search request fails"').first()).toBeVisible();

  // "Try it out" calls this server (connect-src 'self') with the reader's session
  const health = reference.locator(".opblock-get").filter({ has: page.locator('.opblock-summary-path[data-path="/api/health"]') });
  await health.locator(".opblock-summary").click();
  await health.getByRole("button", { name: "Try it out" }).click();
  await health.getByRole("button", { name: "Execute" }).click();
  await expect(health.locator(".live-responses-table tbody .response-col_status").first()).toHaveText("200");
  await expect(health.locator(".live-responses-table")).toContainText('"status": "ok"');

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("/docs/rules renders docs/rules-format.md, every section of it", async ({ page }) => {
  await login(page, "viewer");
  await page.goto("/docs/api");
  await page.getByRole("link", { name: "Rules format" }).click();
  const source = readFileSync("docs/rules-format.md", "utf8");
  const headings = [...source.matchAll(/^(#{1,3}) (.+)$/gm)].map((m) => [m[1].length, m[2].replace(/`/g, "")] as const);
  expect(headings.length).toBeGreaterThan(5);
  for (const [level, text] of headings) await expect(page.getByRole("heading", { level, name: text, exact: true })).toBeVisible();
  // tables render as tables, code as code
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.locator("pre").first()).toContainText('"schemaVersion": 1');
  // the conformance cases a client of its own runs, one link away
  const cases = await page.request.get(await page.getByRole("link", { name: "/api/v1/rules.cases.json" }).getAttribute("href").then((h) => h!));
  expect(cases.status()).toBe(200);
  expect(await cases.json()).toMatchObject({ version: 1, rulesets: { basic: { schemaVersion: 1 } } });
  expect((await cases.json()).cases.length).toBeGreaterThan(20);
});
