// Builds lib/sdk into public/sdk/v1.js: one dependency-free, minified IIFE with a source map.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

await build({
  entryPoints: ["lib/sdk/index.ts"],
  outfile: "public/sdk/v1.js",
  bundle: true,
  format: "iife",
  minify: true,
  sourcemap: "linked",
  target: ["es2020"],
  legalComments: "none",
  logLevel: "warning",
});
const out = readFileSync("public/sdk/v1.js");
console.log(`public/sdk/v1.js: ${out.length} B, ${gzipSync(out, { level: 9 }).length} B min+gzip`);
