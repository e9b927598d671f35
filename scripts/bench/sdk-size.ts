// SDK size against peers' browser SDKs, each bundled here with the same esbuild settings as ours
// (one minified IIFE, same target), so the comparison is like for like.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const PEERS: Record<string, string> = {
  "GrowthBook 1.8": `import { GrowthBook } from "@growthbook/growthbook"; window.gb = new GrowthBook({ apiHost: "https://x.test", clientKey: "k" }); window.gb.init();`,
  "Unleash proxy client 3.8": `import { UnleashClient } from "unleash-proxy-client"; window.u = new UnleashClient({ url: "https://x.test", clientKey: "k", appName: "a" }); window.u.start();`,
  "Flagsmith 10": `import flagsmith from "flagsmith"; flagsmith.init({ environmentID: "e" }); window.f = flagsmith;`,
};

/** min+gzip bytes of `entry` bundled as one minified ES2020 IIFE, the way public/sdk/v1.js is built. */
export async function gzSize(entry: string, dir: string): Promise<number> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    minify: true,
    target: ["es2020"],
    platform: "browser",
    legalComments: "none",
    write: false,
    absWorkingDir: process.cwd(),
    nodePaths: [path.resolve("node_modules")],
    logLevel: "silent",
    outdir: dir,
  });
  return gzipSync(Buffer.from(out.outputFiles[0].text), { level: 9 }).length;
}

export async function benchSdkSize(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "mc-sdk-size-"));
  const ours = await gzSize("lib/sdk/index.ts", dir);
  const rows = [`sdk v1.js: ${ours} B min+gzip (budget ≤ 5120 B)`];
  for (const [name, code] of Object.entries(PEERS)) {
    const file = path.join(dir, name.replace(/\W+/g, "-") + ".js");
    writeFileSync(file, code);
    const size = await gzSize(file, dir);
    rows.push(`sdk vs ${name}: ${size} B min+gzip | ours/theirs ${(ours / size).toFixed(2)}`);
  }
  return rows;
}
