// SDK size against peers' browser SDKs, two ways: the peer re-bundled here exactly as ours is
// (scripts/sdk-bundle.ts: esbuild then terser, one minified IIFE, same target), and the browser
// build the vendor ships in its package (what a script tag loads).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleSdk, buildSdk } from "../sdk-bundle";

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
