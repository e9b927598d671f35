// The docs name tests and modules as evidence ("proven by e2e/storage-faults.spec.ts"): every path
// they name must exist, so a rename or a deleted test cannot leave a claim without its proof.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DOCS = ["README.md", ...readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f))];
// written by `npm run build` (scripts/build-sdk.ts), so absent from a fresh checkout before the build
const BUILT = new Set(["public/sdk/v1.js", "public/sdk/v1.js.map"]);
const PATH = /`((?:app|lib|e2e|scripts|components|prisma|docs|public)\/[\w./()[\]-]+?\.(?:ts|tsx|md|json|prisma|js))`/g;

describe("paths named in the docs", () => {
  for (const doc of DOCS) {
    it(`${doc}: every file it names exists`, () => {
      const named = [...readFileSync(doc, "utf8").matchAll(PATH)].map((m) => m[1]);
      expect(named.filter((p) => !BUILT.has(p) && !existsSync(p))).toEqual([]);
    });
  }

  it("the build outputs it allows are the ones the SDK build writes", () => {
    const build = readFileSync("scripts/build-sdk.ts", "utf8");
    for (const p of BUILT) expect(build).toContain(path.basename(p).replace(".map", ""));
  });

  it("the reliability table names its tests", () => {
    const named = [...readFileSync("docs/reliability.md", "utf8").matchAll(PATH)].map((m) => m[1]);
    expect(named.filter((p) => /\.(spec|test)\.ts$/.test(p)).length).toBeGreaterThan(20);
  });
});
