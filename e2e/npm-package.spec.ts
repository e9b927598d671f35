// The SDK as an npm package (issue #17): a small app installs the tarball this server offers (the
// Install page's own command), type-checks against its declarations, bundles with esbuild, and on
// another origin shows apologies under React strict mode; the same package loads on the server
// (CommonJS and ESM, React server rendering) without touching a browser API.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { build } from "esbuild";
import { expect, test, type Browser } from "@playwright/test";
import { createWorkspace, login } from "./fixtures";

const APP = path.resolve(".e2e-data", "npm-app");
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
let site: Server;
let siteOrigin = "";
let npmCommand = "";

const SHOP = `import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { MeaCulpaProvider, useApology, useMeaCulpa, type Apology } from "@mea-culpa/sdk/react";
import { ENDPOINT, KEY } from "./config";

declare global {
  interface Window { apologies: Apology[] }
}
window.apologies = [];

function Shop() {
  const { report } = useMeaCulpa();
  const [status, setStatus] = useState("");
  // strict mode mounts twice: the listener must still hear each apology once
  // an inline listener on purpose: one subscription all the same (strict mode mounts twice, too)
  useApology((a: Apology) => void window.apologies.push(a));
  return (
    <main>
      <h1>Npm shop</h1>
      <button onClick={() => fetch("/api/search?q=x").then((r) => setStatus("search " + r.status))}>Search</button>
      <button id="rage">Apply coupon</button>
      <button onClick={() => report("payment_failed", { amount: 250 })}>Pay</button>
      <p id="status">{status}</p>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MeaCulpaProvider publicKey={KEY} endpoint={ENDPOINT} user={{ id: "user_jackie", name: "Jackie" }}>
      <Shop />
    </MeaCulpaProvider>
  </StrictMode>,
);
`;

const SERVER_SIDE = `const React = require("react");
const { renderToString } = require("react-dom/server");
const sdk = require("@mea-culpa/sdk");
const { MeaCulpaProvider } = require("@mea-culpa/sdk/react");
const html = renderToString(React.createElement(MeaCulpaProvider, { publicKey: "pk_server", endpoint: "http://127.0.0.1:1" }, React.createElement("p", null, "rendered on the server")));
sdk.identify({ id: "nobody" });
let refused = "";
try { sdk.init({ key: "sk_secret", endpoint: "http://127.0.0.1:1" }); } catch (e) { refused = e.message; }
import("@mea-culpa/sdk").then((esm) => console.log(JSON.stringify({ html, init: sdk.init({ key: "pk_server", endpoint: "http://127.0.0.1:1" }), refused, esm: Object.keys(esm).sort() })));
`;

async function campaign(page: import("@playwright/test").Page, name: string, definition: object, title: string) {
  const r = await page.request.post("/api/v1/campaigns", { data: { name, trigger: { name, definition }, message: { title, body: "Sorry about that.", autoDismissMs: 0 } } });
  expect(r.status(), await r.text()).toBe(201);
  const { id } = await r.json();
  expect((await page.request.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  await createWorkspace(page, "Npm app");
  await campaign(page, "Search down", { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx"] }, "Sorry <<name|there>>, search is down");
  await campaign(page, "Dead coupon", { type: "rage_click", clicks: 4, withinMs: 1000, selector: "#rage" }, "That button is not working, <<name|there>>");
  await campaign(page, "Declined", { type: "custom", name: "payment_failed" }, "Your payment failed, <<name|there>>");
  expect((await page.request.post("/api/v1/environments/production/publish")).status()).toBe(200);

  // what the Install page tells an engineer to run and write
  await page.goto("/install");
  const production = page.getByRole("region", { name: "Install production" });
  await production.getByText("Or install the npm package").click();
  npmCommand = (await production.getByTestId("npm-command-production").textContent())!;
  const code = (await production.getByTestId("npm-code-production").textContent())!;
  const key = /key: "(pk_\w+)"/.exec(code)![1];
  const endpoint = /endpoint: "([^"]+)"/.exec(code)![1];
  await page.close();

  rmSync(APP, { recursive: true, force: true });
  mkdirSync(path.join(APP, "public"), { recursive: true });
  writeFileSync(path.join(APP, "package.json"), JSON.stringify({ name: "npm-shop", private: true }));
  writeFileSync(path.join(APP, "config.ts"), `export const KEY = ${JSON.stringify(key)};\nexport const ENDPOINT = ${JSON.stringify(endpoint)};\n`);
  writeFileSync(path.join(APP, "shop.tsx"), SHOP);
  writeFileSync(
    path.join(APP, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, jsx: "react-jsx", target: "es2020", module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], skipLibCheck: true, types: [] }, files: ["shop.tsx"] }),
  );
  writeFileSync(path.join(APP, "server-side.cjs"), SERVER_SIDE);
  const [cmd, ...args] = npmCommand.split(" ");
  expect(cmd).toBe("npm");
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts"], { cwd: APP, stdio: "pipe" });

  const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Npm shop</title></head><body><div id="root"></div><script type="module" src="/shop.js"></script></body></html>`;
  site = createServer((req, res) => {
    const url = (req.url ?? "/").split("?")[0];
    if (url === "/") return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPage);
    if (url.startsWith("/api/search")) return void res.writeHead(500, { "Content-Type": "application/json" }).end('{"error":"down"}');
    const file = path.join(APP, "public", path.normalize(url));
    if (url.endsWith(".js") && file.startsWith(path.join(APP, "public"))) {
      try {
        return void res.writeHead(200, { "Content-Type": "text/javascript" }).end(readFileSync(file));
      } catch {
        /* not built */
      }
    }
    res.writeHead(404).end("not found");
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  siteOrigin = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
});

test.afterAll(() => new Promise<void>((r) => (site ? site.close(() => r()) : r())));

test("the installed package has its files, types that check, and builds with esbuild into an app whose sensors are separate chunks", async () => {
  const installed = JSON.parse(readFileSync(path.join(APP, "node_modules/@mea-culpa/sdk/package.json"), "utf8"));
  expect(installed).toMatchObject({ name: "@mea-culpa/sdk", version, sideEffects: false });
  // the React entry is a client module, so a server-rendered layout (Next's App Router) can import it as it is
  for (const file of ["react.mjs", "react.cjs"]) expect(readFileSync(path.join(APP, "node_modules/@mea-culpa/sdk", file), "utf8")).toMatch(/^"use client";/);
  // the app's own code type-checks against the package's declarations
  execFileSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "-p", APP], { stdio: "pipe" });
  // and a misuse does not: init needs a key
  writeFileSync(path.join(APP, "misuse.ts"), `import { init } from "@mea-culpa/sdk";\ninit({ endpoint: "https://x.example" });\n`);
  let typeError = "";
  try {
    execFileSync(process.execPath, [path.resolve("node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--moduleResolution", "bundler", "--module", "esnext", "--skipLibCheck", "misuse.ts"], { cwd: APP, stdio: "pipe" });
  } catch (e) {
    typeError = String((e as { stdout?: Buffer }).stdout);
  }
  expect(typeError).toContain("Property 'key' is missing");

  await build({
    entryPoints: [path.join(APP, "shop.tsx")],
    absWorkingDir: APP,
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    jsx: "automatic",
    outdir: path.join(APP, "public"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  // tree-shaking: an app that only reports gets none of the SDK's core (nothing runs before init)
  writeFileSync(path.join(APP, "only-report.ts"), `import { report } from "@mea-culpa/sdk";\nreport("checkout_failed");\n`);
  const lean = await build({ entryPoints: [path.join(APP, "only-report.ts")], absWorkingDir: APP, bundle: true, format: "esm", minify: true, write: false, logLevel: "error" });
  const leanCode = lean.outputFiles[0].text;
  expect(leanCode).not.toContain("/api/v1/rules/");
  expect(leanCode).not.toContain("XMLHttpRequest");
  expect(leanCode.length).toBeLessThan(1500);

  const chunks = readdirSync(path.join(APP, "public"));
  expect(chunks).toContain("shop.js");
  // the click and media sensors are not in the app's main file: loaded when the rules need them
  for (const sensor of ["interaction", "media", "page"]) expect(chunks.some((f) => f.startsWith(sensor + "-")), sensor).toBe(true);
});

test("on the server the package is inert: CommonJS, ESM and React server rendering work without a window", () => {
  const out = JSON.parse(execFileSync(process.execPath, ["server-side.cjs"], { cwd: APP, encoding: "utf8" }));
  expect(out.html).toContain("rendered on the server");
  expect(out.init).toBe(false);
  expect(out.refused).toContain("`key` must be the environment's public key");
  expect(out.esm).toEqual(expect.arrayContaining(["debug", "identify", "init", "on", "report"]));
});

async function openShop(browser: Browser) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(siteOrigin);
  await expect(page.getByRole("heading", { name: "Npm shop" })).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { MeaCulpa?: { __v?: number; __s?: string[] } }).MeaCulpa?.__s?.includes("interaction"));
  return { page, errors };
}

test("an app built from the package apologizes once per failure under React strict mode, with its sensors loaded as chunks", async ({ browser }) => {
  {
    const { page, errors } = await openShop(browser);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.locator("#status")).toHaveText("search 500"); // the app got its response
    await expect(page.getByRole("status")).toContainText("Sorry Jackie, search is down", { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { apologies: { trigger: string }[] }).apologies.map((a) => a.trigger))).toEqual(["http_error"]);
    expect(errors).toEqual([]);
    await page.close();
  }
  {
    const { page } = await openShop(browser);
    for (let i = 0; i < 4; i++) await page.locator("#rage").click();
    await expect(page.getByRole("status")).toContainText("That button is not working, Jackie", { timeout: 10_000 });
    await page.close();
  }
  {
    const { page } = await openShop(browser);
    await page.getByRole("button", { name: "Pay" }).click();
    await expect(page.getByRole("status")).toContainText("Your payment failed, Jackie", { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { apologies: unknown[] }).apologies.length)).toBe(1);
    await page.close();
  }
});

test("the Install page's live check names the npm package as the sender", async ({ page }) => {
  await login(page, "keysOwner");
  await page.goto("/dashboard");
  const switcher = page.getByRole("combobox", { name: "Workspace" });
  const npmApp = (await switcher.locator("option", { hasText: "Npm app" }).getAttribute("value"))!;
  await switcher.selectOption(npmApp);
  await expect(switcher).toHaveAttribute("data-current", npmApp);
  await page.goto("/install");
  const production = page.getByRole("region", { name: "Install production" });
  await expect(production.getByTestId("live-check-production")).toContainText(`Events are arriving from ${siteOrigin}`, { timeout: 15_000 });
  await expect(production.getByTestId("live-sdk-production")).toHaveText(`the npm package ${version}`);
});
