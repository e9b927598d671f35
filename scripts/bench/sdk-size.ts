// SDK size against peers' browser SDKs, two ways: the peer re-bundled here exactly as ours is
// (scripts/sdk-bundle.ts: esbuild then terser, one minified IIFE, same target), and the browser
// build the vendor ships in its package (what a script tag loads).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { bundleSdk, buildSdk } from "../sdk-bundle";
import { buildNpmPackage } from "../build-npm";

const PEERS: Record<string, { entry: string; shipped: string }> = {
  "GrowthBook 1.8": {
    entry: `import { GrowthBook } from "@growthbook/growthbook"; window.gb = new GrowthBook({ apiHost: "https://x.test", clientKey: "k" }); window.gb.init();`,
    shipped: "node_modules/@growthbook/growthbook/dist/bundles/index.min.js",
  },
  "Unleash proxy client 3.8": {
    entry: `import { UnleashClient } from "unleash-proxy-client"; window.u = new UnleashClient({ url: "https://x.test", clientKey: "k", appName: "a" }); window.u.start();`,
    shipped: "node_modules/unleash-proxy-client/build/main.min.js",
  },
  "Flagsmith 10": {
    entry: `import flagsmith from "flagsmith"; flagsmith.init({ environmentID: "e" }); window.f = flagsmith;`,
    shipped: "node_modules/flagsmith/index.js",
  },
};

const gz = (code: string | Buffer) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** min+gzip bytes of v1.js (the core) and of each sensor file it loads on demand, built as shipped. */
export async function sdkSizes(): Promise<{ core: number; files: Record<string, number> }> {
  const { core, files } = await buildSdk();
  return { core: gz(core.code), files: Object.fromEntries(files.map((f) => [f.name, gz(f.code)])) };
}

export async function benchSdkSize(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "mc-sdk-size-"));
  const { core, files } = await sdkSizes();
  const all = core + Object.values(files).reduce((a, b) => a + b, 0);
  const rows = [`sdk v1.js: ${core} B min+gzip (budget ≤ 8000 B)`];
  for (const [name, size] of Object.entries(files)) rows.push(`sdk sensor file ${name}: ${size} B min+gzip (loaded when a campaign needs it)`);
  rows.push(`sdk v1.js + every sensor file: ${all} B min+gzip`);
  rows.push(await npmAppCost(dir, core));
  for (const [name, peer] of Object.entries(PEERS)) {
    const file = path.join(dir, name.replace(/\W+/g, "-") + ".js");
    writeFileSync(file, peer.entry);
    const rebundled = gz((await bundleSdk(file)).code);
    const shipped = gz(readFileSync(peer.shipped));
    rows.push(
      `sdk vs ${name}: re-bundled ${rebundled} B, shipped build ${shipped} B min+gzip | v1.js/theirs ${(core / rebundled).toFixed(2)} and ${(core / shipped).toFixed(2)}; everything/theirs ${(all / rebundled).toFixed(2)} and ${(all / shipped).toFixed(2)}`,
    );
  }
  return rows;
}

/** What the npm package adds to an app's main bundle (esbuild, minified, sensor chunks split off), against v1.js. */
async function npmAppCost(dir: string, core: number): Promise<string> {
  const pkg = await buildNpmPackage(path.join(dir, "npm"));
  const entry = path.join(dir, "app.js");
  writeFileSync(entry, `import { init, identify } from ${JSON.stringify(path.resolve(pkg, "index.mjs"))}; init({ key: "pk_bench", endpoint: "https://x.test" }); identify({ id: "1" });`);
  const out = await build({ entryPoints: [entry], bundle: true, format: "esm", splitting: true, minify: true, target: ["es2020"], outdir: path.join(dir, "app"), write: false, logLevel: "error" });
  const main = out.outputFiles.find((f) => f.path.endsWith(`${path.sep}app.js`))!;
  const size = gz(main.text);
  return `sdk npm package in an app's main bundle (esbuild --minify, sensors as chunks): ${size} B min+gzip | /v1.js ${(size / core).toFixed(2)}`;
}
