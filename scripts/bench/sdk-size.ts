// SDK size against peers' browser SDKs, each bundled here exactly as ours is (scripts/sdk-bundle.ts:
// esbuild then terser, one minified IIFE, same target), so the comparison is like for like.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleSdk } from "../sdk-bundle";

const PEERS: Record<string, string> = {
  "GrowthBook 1.8": `import { GrowthBook } from "@growthbook/growthbook"; window.gb = new GrowthBook({ apiHost: "https://x.test", clientKey: "k" }); window.gb.init();`,
  "Unleash proxy client 3.8": `import { UnleashClient } from "unleash-proxy-client"; window.u = new UnleashClient({ url: "https://x.test", clientKey: "k", appName: "a" }); window.u.start();`,
  "Flagsmith 10": `import flagsmith from "flagsmith"; flagsmith.init({ environmentID: "e" }); window.f = flagsmith;`,
};

/** min+gzip bytes of `entry` bundled the way public/sdk/v1.js is built (scripts/sdk-bundle.ts). */
export async function gzSize(entry: string): Promise<number> {
  return gzipSync(Buffer.from((await bundleSdk(entry)).code), { level: 9 }).length;
}

export async function benchSdkSize(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "mc-sdk-size-"));
  const ours = await gzSize("lib/sdk/index.ts");
  const rows = [`sdk v1.js: ${ours} B min+gzip (budget ≤ 8000 B)`];
  for (const [name, code] of Object.entries(PEERS)) {
    const file = path.join(dir, name.replace(/\W+/g, "-") + ".js");
    writeFileSync(file, code);
    const size = await gzSize(file);
    rows.push(`sdk vs ${name}: ${size} B min+gzip | ours/theirs ${(ours / size).toFixed(2)}`);
  }
  return rows;
}
