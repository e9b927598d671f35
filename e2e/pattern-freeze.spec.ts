// #26: no URL pattern an editor can publish freezes a customer's page or the server.
// 1. The builder and the API refuse a regex that backtracks catastrophically, naming the part at
//    fault; the builder's URL tester runs it meanwhile without freezing the editor's tab (RE2).
// 2. A glob with many stars, served in real rules, matched by the real SDK inside the host page's
//    own fetch against a long URL: the page stays responsive and still apologizes.
// 3. In Chromium's own engine: every catastrophic glob and every pattern the server accepts
//    matches pumped URLs quickly (the Node side of this property is pattern-safety.test.ts).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { buildSync } from "esbuild";
import { expect, test } from "@playwright/test";
import { urlPatternProblem } from "@/lib/triggers/pattern-safety";
import { CATASTROPHIC_GLOBS, pumpedSubjects, REDOS_CORPUS } from "@/lib/triggers/redos-corpus";
import { MAX_URL_CHARS } from "@/lib/rules/url-match";
import { login, sdkReady } from "./fixtures";

const FAKE_PORT = 3217;
const HOST_PORT = 3218;
const FROZEN_MS = 250; // see pattern-safety.test.ts: orders of magnitude from both sides
const EVIL = "(/?[\\w-]+)+\\.json$";

test("the builder and the API refuse a catastrophic regex and say why; the URL tester runs it without freezing", async ({ page }) => {
  await login(page, "editor");
  const created = await page.request.post("/api/v1/campaigns", {
    data: {
      name: "Catalog fails",
      trigger: { name: "Catalog JSON", definition: { type: "http_error", url: { kind: "regex", source: EVIL }, methods: [], statuses: ["5xx"] } },
      message: { title: "Sorry <<name|there>>", body: "On it." },
    },
  });
  expect(created.status()).toBe(422);
  expect((await created.json()).error).toMatchObject({ field: "trigger.definition.url.source", message: expect.stringContaining("doubling with each character") });

  const ok = await page.request.post("/api/v1/campaigns", {
    data: {
      name: "Catalog fails",
      trigger: { name: "Catalog JSON", definition: { type: "http_error", url: { kind: "glob", source: "/api/catalog/*" }, methods: [], statuses: ["5xx"] } },
      message: { title: "Sorry <<name|there>>", body: "On it." },
    },
  });
  expect(ok.status(), await ok.text()).toBe(201);
  const { trigger } = (await ok.json()) as { trigger: { id: string } };
  await page.goto(`/triggers/${trigger.id}`);
  await page.getByLabel("URL match").selectOption("regex");
  await page.getByLabel("URL pattern").fill(EVIL);
  await page.getByLabel("URL to test").fill("/api/catalog/products-bestsellers-of-the-week-in-every-category?page=2");
  await expect(page.getByTestId("url-test-result")).toHaveText("No match");
  await page.getByRole("button", { name: "Save trigger" }).click();
  await expect(page.getByText(/doubling with each character of a URL \(the part “/)).toBeVisible();
  // nothing was saved: the trigger still has its glob
  await page.reload();
  await expect(page.getByLabel("URL pattern")).toHaveValue("/api/catalog/*");
});

let fake: Server;
let site: Server;
const campaign = (id: string, source: string, priority: number) => ({
  id,
  priority,
  trigger: { type: "http_error", url: { kind: "glob", source }, methods: [], statuses: ["5xx"] },
  message: { title: [`Sorry (${id})`], body: ["On it."], style: "toast", position: "bottom-right", autoDismissMs: 8000 },
  caps: { perSession: 0 },
});

test.describe("in the browser", () => {
  test.beforeAll(async () => {
    const sdk = readFileSync("public/sdk/v1.js");
    const rules = JSON.stringify({
      schemaVersion: 1,
      revision: 1,
      generatedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      settings: { minGapMs: 0 },
      // every catastrophic glob is checked first (higher priority), then the catch-all apologizes
      campaigns: [...CATASTROPHIC_GLOBS.map((g, i) => campaign(`star${i}`, g, 100 - i)), campaign("any", "*", 1)],
    });
    fake = createServer((req, res) => {
      res.setHeader("Access-Control-Allow-Origin", "*");
      if (req.method === "OPTIONS") return void res.writeHead(204, { "Access-Control-Allow-Headers": "If-None-Match" }).end();
      if (req.url === "/sdk/v1.js") return void res.writeHead(200, { "Content-Type": "application/javascript" }).end(sdk);
      if (req.url?.startsWith("/api/v1/rules/")) return void res.writeHead(200, { "Content-Type": "application/json" }).end(rules);
      res.writeHead(202).end();
    });
    site = createServer((req, res) => {
      if (req.url === "/") {
        return void res.writeHead(200, { "Content-Type": "text/html" }).end(`<!doctype html><html><head><title>Catalog</title>
<script>window.MeaCulpa={q:[],on:function(){this.q.push(["on",[].slice.call(arguments)])}};MeaCulpa.on("apology",function(a){window.apologies=(window.apologies||[]).concat([a])});</script>
<script src="http://127.0.0.1:${FAKE_PORT}/sdk/v1.js" data-key="pk_test" async></script></head><body>
<button id="load">Load</button></body></html>`);
      }
      res.writeHead(500).end("down");
    });
    await new Promise<void>((r) => fake.listen(FAKE_PORT, "127.0.0.1", r));
    await new Promise<void>((r) => site.listen(HOST_PORT, "127.0.0.1", r));
  });
  test.afterAll(async () => {
    fake.close();
    site.close();
  });

  test("globs with many stars, matched in the page's own fetch against a long URL, keep the page responsive", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await sdkReady(page);
    // a URL of the shape each star glob almost matches: a run of "a", "/a/" and "-" with no ending
    const path = "/api/" + "a/a-".repeat(1500);
    const status = await page.evaluate((p) => fetch(p).then((r) => r.status), path);
    expect(status).toBe(500);
    await expect.poll(() => page.evaluate(() => (window as unknown as { apologies?: { title: string }[] }).apologies?.map((a) => a.title))).toEqual(["Sorry (any)"]);
  });

  test("every catastrophic glob and every regex the server accepts matches pumped URLs quickly in Chromium", async ({ page }) => {
    const accepted: { kind: "glob" | "regex"; source: string; flags?: string }[] = CATASTROPHIC_GLOBS.map((source) => ({ kind: "glob", source }));
    for (const r of REDOS_CORPUS) expect(await urlPatternProblem({ kind: "regex", ...r }), r.source).toBeTruthy();
    for (const source of ["^/api/v\\d+/search", "\\.(png|jpe?g)$", "^https?://cdn\\.shop\\.test/[^?]*\\.js$", "^/api/.*/items$", "^/api/[\\w-]+/[\\w-]+\\.json$"]) {
      expect(await urlPatternProblem({ kind: "regex", source }), source).toBeUndefined();
      accepted.push({ kind: "regex", source });
    }
    const bundle = buildSync({ entryPoints: ["lib/rules/url-match.ts"], bundle: true, write: false, format: "iife", globalName: "urlMatch" }).outputFiles[0].text;
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await page.addScriptTag({ content: bundle });
    const worst = await page.evaluate(
      ({ patterns, subjects }) => {
        const { matchUrl } = (window as unknown as { urlMatch: typeof import("@/lib/rules/url-match") }).urlMatch;
        return patterns.map((m) => {
          let w = 0;
          for (const s of subjects) {
            const t = performance.now();
            matchUrl(m, s);
            w = Math.max(w, performance.now() - t);
          }
          return { source: m.source, ms: w };
        });
      },
      { patterns: accepted, subjects: pumpedSubjects(MAX_URL_CHARS) },
    );
    for (const w of worst) expect(w.ms, w.source).toBeLessThan(FROZEN_MS);
  });
});
