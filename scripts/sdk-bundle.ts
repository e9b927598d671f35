// Bundles a browser entry the way public/sdk/v1.js is built: esbuild (ES2020) then terser (three
// compress passes, top-level mangling), which takes about 4 % more off the gzip size than
// esbuild's minifier alone. The SDK size bench bundles the peers' SDKs with this same function.
import { createHash } from "node:crypto";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import { minify } from "terser";
import { SENSOR_FILES } from "../lib/sdk/sensor-files";
import pkg from "../package.json" with { type: "json" };

export interface BundleOptions {
  /** also make a source map; the code does not name it (the server sends a SourceMap header), so
   * the bytes measured are the bytes shipped */
  map?: boolean;
  /** "iife" for a classic script (v1.js), "esm" for a file the core loads with import() */
  format?: "iife" | "esm";
  /** compile-time constants (esbuild `define`) */
  define?: Record<string, string>;
  /** v1.js: lib/sdk/core-matchers.ts stands in for lib/triggers/matchers.ts (see there) */
  coreMatchers?: boolean;
}

/** lib/sdk/core-matchers.ts in place of lib/triggers/matchers.ts (v1.js and the npm package) */
export const coreMatchers: Plugin = {
  name: "core-matchers",
  setup(b) {
    b.onResolve({ filter: /\/triggers\/matchers$/ }, () => ({ path: path.resolve("lib/sdk/core-matchers.ts") }));
  },
};

/** `{ code, map }` of `entry` bundled and minified. */
export async function bundleSdk(entry: string, opts: BundleOptions = {}): Promise<{ code: string; map?: string }> {
  const esm = opts.format === "esm";
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: esm ? "esm" : "iife",
    minify: true,
    target: ["es2020"],
    platform: "browser",
    legalComments: "none",
    write: false,
    sourcemap: opts.map ? "external" : false,
    outdir: "out",
    absWorkingDir: process.cwd(),
    nodePaths: [path.resolve("node_modules")],
    logLevel: "warning",
    define: opts.define,
    plugins: opts.coreMatchers ? [coreMatchers] : [],
  });
  const js = out.outputFiles.find((f) => f.path.endsWith(".js"))!.text;
  const map = out.outputFiles.find((f) => f.path.endsWith(".map"))?.text;
  const t = await minify(js, {
    ecma: 2020,
    module: esm,
    toplevel: true,
    compress: { passes: 3, pure_getters: true },
    mangle: { toplevel: true },
    sourceMap: opts.map ? { content: map } : false,
  });
  return { code: t.code!, map: typeof t.map === "string" ? t.map : undefined };
}

export interface SdkBuild {
  /** public/sdk/v1.js */
  core: { code: string; map?: string };
  /** public/sdk/v1/<name>.<hash>.js: the sensor files the core loads on demand */
  files: { name: string; file: string; code: string; map?: string }[];
}

/**
 * The whole browser SDK as shipped, with source maps: each sensor file (lib/sdk/sensor-files.ts)
 * named by its content hash, so it can be cached for a year, then the core, told which file serves
 * which trigger type.
 */
export async function buildSdk(): Promise<SdkBuild> {
  const files: SdkBuild["files"] = [];
  const byType: Record<string, string> = {};
  for (const [name, { entry, types }] of Object.entries(SENSOR_FILES)) {
    const built = await bundleSdk(entry, { format: "esm", map: true });
    const file = `${name}.${createHash("sha256").update(built.code).digest("base64url").slice(0, 10)}.js`;
    files.push({ name, file, ...built });
    for (const t of types) byType[t] = file;
  }
  const core = await bundleSdk("lib/sdk/index.ts", {
    map: true,
    define: { __MC_SENSOR_FILES__: JSON.stringify(byType), __MC_SDK__: JSON.stringify(`js/${pkg.version}`) },
    coreMatchers: true,
  });
  return { core, files };
}
