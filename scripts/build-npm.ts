// Builds the SDK's npm package into dist/npm (then `npm pack dist/npm`): ESM (.mjs, with the
// sensor files as chunks the app's bundler loads on demand) and CommonJS (.cjs) builds of
// lib/sdk/npm/{index,react}.ts, their TypeScript declarations, a package.json and a README.
// One source with public/sdk/v1.js: both bundle lib/sdk/core.ts. The package's version is the
// app's (package.json), so an SDK and the server it was built with always name the same version.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { SENSOR_FILES } from "../lib/sdk/sensor-files";
import { coreMatchers } from "./sdk-bundle";
import pkg from "../package.json" with { type: "json" };

export const NPM_NAME = "@mea-culpa/sdk";
export const NPM_DIR = "dist/npm";

/** react.(m|c)js imports the package's own index file, so both entries share one SDK instance */
const ownIndex = (file: string): Plugin => ({
  name: "own-index",
  setup(b) {
    b.onResolve({ filter: /^\.\/index$/ }, (args) => (args.importer.endsWith(path.join("npm", "react.ts")) ? { path: `./${file}`, external: true } : undefined));
  },
});

export async function buildNpmPackage(out = NPM_DIR): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const byType: Record<string, string> = {};
  for (const [name, { types }] of Object.entries(SENSOR_FILES)) for (const t of types) byType[t] = name;
  const common: BuildOptions = {
    bundle: true,
    platform: "browser",
    target: ["es2020"],
    outdir: out,
    legalComments: "none",
    logLevel: "warning",
    external: ["react"],
    define: { __MC_SENSOR_FILES__: JSON.stringify(byType), __MC_SDK__: JSON.stringify(`npm/${pkg.version}`) },
  };
  await build({ ...common, entryPoints: { index: "lib/sdk/npm/index.ts" }, format: "esm", splitting: true, outExtension: { ".js": ".mjs" }, chunkNames: "chunks/[name]-[hash]", plugins: [coreMatchers] });
  // "use client": the provider can sit in a server-rendered layout (Next's App Router) as it is
  const client = { js: '"use client";' };
  await build({ ...common, entryPoints: { react: "lib/sdk/npm/react.ts" }, format: "esm", outExtension: { ".js": ".mjs" }, banner: client, plugins: [ownIndex("index.mjs")] });
  await build({ ...common, entryPoints: { index: "lib/sdk/npm/index.ts" }, format: "cjs", outExtension: { ".js": ".cjs" }, plugins: [coreMatchers] });
  await build({ ...common, entryPoints: { react: "lib/sdk/npm/react.ts" }, format: "cjs", outExtension: { ".js": ".cjs" }, banner: client, plugins: [ownIndex("index.cjs")] });

  // declarations of the two entries only (their public types are declared in them)
  const types = path.join(out, ".types");
  execFileSync(
    process.execPath,
    [path.resolve("node_modules/typescript/bin/tsc"), "-p", "scripts/tsconfig.npm-types.json", "--outDir", types],
    { stdio: "inherit" },
  );
  for (const name of ["index", "react"]) {
    const d = readFileSync(path.join(types, "lib", "sdk", "npm", `${name}.d.ts`), "utf8");
    writeFileSync(path.join(out, `${name}.d.mts`), d.replace(/from "\.\/index"/g, 'from "./index.mjs"'));
    writeFileSync(path.join(out, `${name}.d.cts`), d.replace(/from "\.\/index"/g, 'from "./index.cjs"'));
  }
  rmSync(types, { recursive: true, force: true });

  const entry = (name: string) => ({
    import: { types: `./${name}.d.mts`, default: `./${name}.mjs` },
    require: { types: `./${name}.d.cts`, default: `./${name}.cjs` },
  });
  const manifest = {
    name: NPM_NAME,
    version: pkg.version,
    description: "Mea Culpa's browser SDK: apologize to a user the moment your product fails them, and count every apology.",
    license: "UNLICENSED",
    sideEffects: false,
    main: "./index.cjs",
    module: "./index.mjs",
    types: "./index.d.cts",
    exports: { ".": entry("index"), "./react": entry("react"), "./package.json": "./package.json" },
    peerDependencies: { react: ">=18" },
    peerDependenciesMeta: { react: { optional: true } },
    engines: { node: ">=18" },
  };
  writeFileSync(path.join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
  copyFileSync("lib/sdk/npm/README.md", path.join(out, "README.md"));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildNpmPackage();
  console.log(`${out}: ${NPM_NAME}@${pkg.version}`);
}
