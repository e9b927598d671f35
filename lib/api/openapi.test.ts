import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compiledRules } from "@/lib/rules/contract";
import { campaignInput, campaignPatch, triggerInput } from "@/lib/campaigns/schemas";
import { segmentInput } from "@/lib/segments/schemas";
import { z } from "zod";
import { alertRuleInput } from "@/lib/alerts/schemas";
import { addMemberInput, role } from "@/lib/members/schemas";
import { createKeyInput } from "@/lib/settings/schemas";
import { allowedOriginsInput } from "@/lib/settings/allowed-origins";
import { eventBatch, validateEvents } from "@/lib/events/schemas";
import { openApiDocument, rulesJsonSchema } from "./openapi";
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from "./openapi-examples";

type Op = { tags?: string[]; requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> };
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

// Not part of the API: next-auth's own sign-in routes, and the demo store's pretend backend.
const NOT_API = ["/api/auth/", "/api/demo/"];

function routesOnDisk(): Record<string, string[]> {
  const root = path.resolve("app/api");
  const out: Record<string, string[]> = { ...FAST_PATH };
  for (const file of routeFiles(root)) {
    const rel = path.relative(root, path.dirname(file)).split(path.sep).join("/");
    const url = "/api/" + rel.replace(/\[([^\]]+)\]/g, "{$1}");
    if (NOT_API.some((prefix) => url.startsWith(prefix))) continue;
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

  it("shows an example for every request body and every JSON success response, and nothing else", () => {
    const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Op>> };
    const bodies: string[] = [];
    const successes: string[] = [];
    for (const [p, item] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(item)) {
        if (m === "parameters") continue;
        const key = `${m.toUpperCase()} ${p}`;
        expect(op.tags, key).toHaveLength(1);
        // summaries are shown as plain text (Swagger UI renders only descriptions as Markdown)
        expect((op as { summary?: string }).summary, key).toMatch(/^[^`]+$/);
        const req = op.requestBody?.content["application/json"];
        if (req) {
          bodies.push(key);
          expect(req.example, `request example of ${key}`).toBeDefined();
        }
        const ok = Object.entries(op.responses).find(([code]) => code.startsWith("2"))?.[1].content?.["application/json"];
        // the documents describe themselves; everything else shows what it answers
        if (ok && !/openapi\.json|rules\.schema\.json|rules\.cases\.json/.test(p)) {
          successes.push(key);
          expect(ok.example, `response example of ${key}`).toBeDefined();
        }
      }
    // no example left over for an operation that no longer exists
    expect(Object.keys(REQUEST_EXAMPLES).sort()).toEqual(bodies.sort());
    expect(Object.keys(RESPONSE_EXAMPLES).sort()).toEqual(successes.sort());
  });

  it("has request examples the API accepts", () => {
    const schemas: Record<string, { parse(v: unknown): unknown }> = {
      "POST /api/v1/campaigns": campaignInput,
      "PATCH /api/v1/campaigns/{id}": campaignPatch,
      "POST /api/v1/triggers": triggerInput,
      "POST /api/v1/segments": segmentInput,
      "PUT /api/v1/segments/{id}": segmentInput,
      "POST /api/v1/environments/{env}/rollback": { parse: (v) => expect(v).toEqual({ revision: expect.any(Number) }) },
      "POST /api/v1/alerts": alertRuleInput,
      "PUT /api/v1/alerts/{id}": alertRuleInput,
      "PATCH /api/v1/alerts/{id}": z.strictObject({ enabled: z.boolean() }),
      "POST /api/v1/members": addMemberInput,
      "PATCH /api/v1/members/{userId}": z.strictObject({ role }),
      "POST /api/v1/keys": createKeyInput,
      "PUT /api/v1/environments/{env}/allowed-origins": z.strictObject({ origins: allowedOriginsInput }),
    };
    for (const [key, schema] of Object.entries(schemas)) expect(() => schema.parse(REQUEST_EXAMPLES[key]), key).not.toThrow();
    const batch = eventBatch.parse(REQUEST_EXAMPLES["POST /api/v1/events/{publicKey}"]);
    const at = (batch.sentAt ?? 0) + 1000;
    expect(validateEvents(batch.events, { now: at, sentAt: batch.sentAt }).rejected).toEqual([]);
    expect(compiledRules.parse(RESPONSE_EXAMPLES["GET /api/v1/rules/{publicKey}"])).toBeTruthy();
  });

  it("publishes a JSON Schema of the rules that accepts what the compiler emits", () => {
    const schema = rulesJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(compiledRules.shape));
  });
});
