import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compiledRules } from "@/lib/rules/contract";
import { openApiDocument, rulesJsonSchema } from "./openapi";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
// Served by the plain node:http fast path in server.ts rather than a Next route file.
const FAST_PATH = {
  "/api/v1/rules/{publicKey}": ["get"],
  "/api/v1/rules/{publicKey}/stream": ["get"],
  "/api/v1/events/{publicKey}": ["post"],
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? routeFiles(p) : name === "route.ts" ? [p] : [];
  });
}

function routesOnDisk(): Record<string, string[]> {
  const root = path.resolve("app/api/v1");
  const out: Record<string, string[]> = { ...FAST_PATH };
  for (const file of routeFiles(root)) {
    const rel = path.relative(root, path.dirname(file)).split(path.sep).join("/");
    const url = "/api/v1/" + rel.replace(/\[([^\]]+)\]/g, "{$1}");
    const src = readFileSync(file, "utf8");
    out[url] = METHODS.filter((m) => new RegExp(`export (async )?function ${m}\\b|export \\{[^}]*\\bas ${m}\\b`).test(src)).map((m) => m.toLowerCase());
  }
  return out;
}

describe("OpenAPI document", () => {
  it("lists exactly the routes and methods that exist", () => {
    const doc = openApiDocument();
    const documented = Object.fromEntries(
      Object.entries(doc.paths).map(([p, ops]) => [p, Object.keys(ops).filter((k) => k !== "parameters").sort()]),
    );
    const actual = Object.fromEntries(Object.entries(routesOnDisk()).map(([p, m]) => [p, [...m].sort()]));
    expect(documented).toEqual(actual);
  });

  it("publishes a JSON Schema of the rules that accepts what the compiler emits", () => {
    const schema = rulesJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(compiledRules.shape));
  });
});
