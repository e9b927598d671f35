// Builds lib/sdk into public/sdk: v1.js (the core, one dependency-free minified IIFE) and the
// sensor files it loads on demand in public/sdk/v1/, each with a source map.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { buildSdk } from "./sdk-bundle";
import { buildNpmPackage } from "./build-npm";

const { core, files } = await buildSdk();
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
rmSync("public/sdk", { recursive: true, force: true }); // no stale sensor files from earlier builds
mkdirSync("public/sdk/v1", { recursive: true });
writeFileSync("public/sdk/v1.js", core.code);
if (core.map) writeFileSync("public/sdk/v1.js.map", core.map);
console.log(`public/sdk/v1.js: ${core.code.length} B, ${gz(core.code)} B min+gzip`);
for (const f of files) {
  writeFileSync(`public/sdk/v1/${f.file}`, f.code);
  if (f.map) writeFileSync(`public/sdk/v1/${f.file}.map`, f.map);
  console.log(`public/sdk/v1/${f.file}: ${f.code.length} B, ${gz(f.code)} B min+gzip`);
}

// the npm package, packed where the server offers it (the Install page's npm command)
// "./": a bare "dist/npm" would be read as a GitHub repository
const npmDir = await buildNpmPackage();
mkdirSync("public/sdk/npm", { recursive: true });
const packed = execFileSync("npm", ["pack", `./${npmDir}`, "--pack-destination", "public/sdk/npm", "--silent"], { encoding: "utf8" }).trim();
console.log(`public/sdk/npm/${packed}`);
