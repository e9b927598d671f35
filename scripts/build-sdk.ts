// Builds lib/sdk into public/sdk/v1.js: one dependency-free, minified IIFE with a source map.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { bundleSdk } from "./sdk-bundle";

const { code, map } = await bundleSdk("lib/sdk/index.ts", { mapUrl: "v1.js.map" });
mkdirSync("public/sdk", { recursive: true });
writeFileSync("public/sdk/v1.js", code);
if (map) writeFileSync("public/sdk/v1.js.map", map);
console.log(`public/sdk/v1.js: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B min+gzip`);
