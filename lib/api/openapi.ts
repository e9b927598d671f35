// The OpenAPI 3.1 document of the public API, built from the same zod schemas the routes use, so
// the document cannot drift from validation. A test checks its paths against the route files.
import { z } from "zod";
import { campaignInput, campaignPatch, triggerInput } from "@/lib/campaigns/schemas";
import { segmentInput } from "@/lib/segments/schemas";
import { alertRuleInput } from "@/lib/alerts/schemas";
import { addMemberInput, role } from "@/lib/members/schemas";
import { createKeyInput } from "@/lib/settings/schemas";
import { allowedOriginsInput } from "@/lib/settings/allowed-origins";
import { compiledRules } from "@/lib/rules/contract";
import { eventBatchFields, sdkEvent } from "@/lib/events/schemas";
import { COUNTED_TYPES, GROUP_BY, METRICS } from "@/lib/stats/series";
import pkg from "@/package.json";
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from "./openapi-examples";

const json = (schema: z.ZodType, io: "input" | "output" = "input") => {
  const s = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;
  delete s.$schema;
  return s;
};

const error = {
  description: "Error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
            required: ["code", "message"],
          },
        },
        required: ["error"],
      },
    },
  },
};
// 503 `storage_unavailable`: the server's disk is full or read-only; nothing was changed
const errors = { 400: error, 401: error, 403: error, 404: error, 409: error, 412: error, 422: error, 503: error };
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const ok = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const env = { name: "env", in: "path", required: true, schema: { type: "string", enum: ["staging", "production"] } };
const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
const publicKey = { name: "publicKey", in: "path", required: true, schema: { type: "string", pattern: "^pk_" } };
const query = (name: string, schema: Record<string, unknown>) => ({ name, in: "query", required: false, schema });
// The reference's Authorize offers the secret key alone (#27): a signed-in session also works, but
// only from the app's own pages, so there is nothing to paste for it.
const secured = { security: [{ secretKey: [] }] };
const userId = { name: "userId", in: "path", required: true, schema: { type: "string" } };

type Operation = {
  tags?: string[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
};

/** The section each path is listed under in the reference, by its first matching prefix. */
const TAGS: [string, string][] = [
  ["/api/v1/campaigns", "Campaigns"],
  ["/api/v1/triggers", "Triggers"],
  ["/api/v1/segments", "Segments"],
  ["/api/v1/alerts", "Alerts"],
  ["/api/v1/members", "Members"],
  ["/api/v1/keys", "Secret keys"],
  ["/api/v1/environments/{env}/allowed-origins", "Allowed origins"],
  ["/api/v1/environments", "Publishing"],
  ["/api/v1/stats", "Stats"],
  ["/api/stats", "Stats"],
  ["/api/v1/rules/", "SDK (public)"],
  ["/api/v1/events/", "SDK (public)"],
  ["/api/", "Documents and health"],
];

/** Puts each operation under its tag and attaches the examples of openapi-examples.ts. */
function annotate<P extends Record<string, Record<string, unknown>>>(paths: P): P {
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item) as [string, Operation][]) {
      if (method === "parameters") continue;
      const key = `${method.toUpperCase()} ${path}`;
      op.tags = [TAGS.find(([prefix]) => path.startsWith(prefix))![1]];
      const req = op.requestBody?.content["application/json"];
      if (req && REQUEST_EXAMPLES[key] !== undefined) req.example = REQUEST_EXAMPLES[key];
      const success = Object.entries(op.responses).find(([code]) => code.startsWith("2"))?.[1].content?.["application/json"];
      if (success && RESPONSE_EXAMPLES[key] !== undefined) success.example = RESPONSE_EXAMPLES[key];
    }
  }
  return paths;
}

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Mea Culpa API",
      version: pkg.version,
      description:
        "Management API and the public SDK endpoints. Send a secret key from Settings as `Authorization: Bearer sk_…` (the Authorize button); the key acts with its role, on its own environment. The app's own pages call the same API with the signed-in session's cookie.",
    },
    components: {
      securitySchemes: {
        secretKey: { type: "http", scheme: "bearer", description: "A secret key `sk_…` from Settings. It acts on its own environment only; creating or changing campaigns, triggers and segments (one draft both environments publish from) takes a production key, so a staging key cannot change what production serves." },
      },
      schemas: { CompiledRules: json(compiledRules, "output"), SdkEvent: json(sdkEvent) },
    },
    tags: TAGS.map(([, name]) => ({ name })).filter((t, i, all) => all.findIndex((o) => o.name === t.name) === i),
    paths: annotate({
      "/api/v1/campaigns": {
        get: { ...secured, summary: "List campaigns", responses: { 200: ok("Campaigns"), ...errors } },
        post: { ...secured, summary: "Create a draft campaign", requestBody: body(campaignInput), responses: { 201: ok("Created"), ...errors } },
      },
      "/api/v1/campaigns/{id}": {
        parameters: [id],
        get: { ...secured, summary: "One campaign", responses: { 200: ok("Campaign"), ...errors } },
        patch: { ...secured, summary: "Change a campaign or its status", requestBody: body(campaignPatch), responses: { 200: ok("Updated"), ...errors } },
        delete: { ...secured, summary: "Delete a draft or archived campaign", responses: { 204: { description: "Deleted" }, ...errors } },
      },
      "/api/v1/triggers": {
        get: { ...secured, summary: "List reusable triggers", responses: { 200: ok("Triggers"), ...errors } },
        post: { ...secured, summary: "Create a trigger", requestBody: body(triggerInput), responses: { 201: ok("Created"), ...errors } },
      },
      "/api/v1/segments": {
        get: { ...secured, summary: "List segments", responses: { 200: ok("Segments"), ...errors } },
        post: { ...secured, summary: "Create a segment", requestBody: body(segmentInput), responses: { 201: ok("Created"), ...errors } },
      },
      "/api/v1/segments/{id}": {
        parameters: [id],
        put: { ...secured, summary: "Replace a segment", requestBody: body(segmentInput), responses: { 200: ok("Updated"), ...errors } },
        delete: { ...secured, summary: "Delete an unused segment", responses: { 204: { description: "Deleted" }, ...errors } },
      },
      "/api/v1/alerts": {
        get: { ...secured, summary: "List alert rules", description: "Webhook URLs are whole for editors and up, otherwise only their origin. A secret key sees its environment's rules.", responses: { 200: ok("Alert rules"), ...errors } },
        post: { ...secured, summary: "Create an alert rule", description: "At most 50 per workspace; the webhook must reach a public address.", requestBody: body(alertRuleInput), responses: { 201: ok("Created (ETag: its version)"), ...errors } },
      },
      "/api/v1/alerts/firings": {
        get: { ...secured, summary: "The 50 latest firings, newest first", responses: { 200: ok("Firings"), ...errors } },
      },
      "/api/v1/alerts/{id}": {
        parameters: [id],
        get: { ...secured, summary: "One alert rule", responses: { 200: ok("Alert rule (ETag: its version)"), ...errors } },
        put: { ...secured, summary: "Replace an alert rule", description: "With `If-Match` (the ETag a GET gave) a rule changed since is not overwritten: 412.", requestBody: body(alertRuleInput), responses: { 200: ok("Updated"), ...errors } },
        patch: { ...secured, summary: "Switch an alert rule on or off", requestBody: body(z.strictObject({ enabled: z.boolean() })), responses: { 200: ok("Updated"), ...errors } },
        delete: { ...secured, summary: "Delete an alert rule (its firings stay, under its name)", responses: { 204: { description: "Deleted" }, ...errors } },
      },
      "/api/v1/alerts/{id}/test": {
        parameters: [id],
        post: { ...secured, summary: "Send a test message to the rule's webhook", responses: { 200: ok("What the receiver answered"), ...errors } },
      },
      "/api/v1/members": {
        get: { ...secured, summary: "List the workspace's members", responses: { 200: ok("Members"), ...errors } },
        post: {
          ...secured,
          summary: "Add a person with a role",
          description: "The answer is the same whether or not the address has an account in another workspace (their own name and password then stay theirs). Only an owner makes owners. Takes a production key or a person: members reach both environments.",
          requestBody: body(addMemberInput),
          responses: { 201: ok("Added"), ...errors },
        },
      },
      "/api/v1/members/{userId}": {
        parameters: [userId],
        patch: { ...secured, summary: "Change a member's role (from their next request)", description: "Keys they made with more rights than the new role are revoked (`keysRevoked`).", requestBody: body(z.strictObject({ role })), responses: { 200: ok("Changed"), ...errors } },
        delete: { ...secured, summary: "Remove a member from this workspace (their keys here are revoked)", responses: { 204: { description: "Removed" }, ...errors } },
      },
      "/api/v1/keys": {
        get: { ...secured, summary: "List secret keys (prefixes, never the keys)", responses: { 200: ok("Keys"), ...errors } },
        post: { ...secured, summary: "Create a secret key: the key is in this answer and nowhere else", description: "Its role can be no higher than the caller's; a secret key creates keys for its own environment only.", requestBody: body(createKeyInput), responses: { 201: ok("Created"), ...errors } },
      },
      "/api/v1/keys/{id}": {
        parameters: [id],
        delete: { ...secured, summary: "Revoke a secret key at once", responses: { 204: { description: "Revoked" }, ...errors } },
      },
      "/api/v1/environments/{env}/allowed-origins": {
        parameters: [env],
        get: { ...secured, summary: "The sites whose pages may send events with the public key (empty: any)", responses: { 200: ok("Allowed origins, and events refused from others"), ...errors } },
        put: { ...secured, summary: "Replace the allowed origins (an empty list allows any site)", description: "Effective within 2 s on every instance. Scheme and host only, at most 50.", requestBody: body(z.strictObject({ origins: allowedOriginsInput })), responses: { 200: ok("Stored (normalized, duplicates dropped)"), ...errors } },
      },
      "/api/v1/stats": {
        get: {
          ...secured,
          summary: "Apology event series from rollups (UTC buckets); format=csv for CSV",
          parameters: [
            query("env", { type: "string", enum: ["staging", "production"], default: "production" }),
            query("from", { type: "string", format: "date-time", description: "default: 7 days before `to`" }),
            query("to", { type: "string", format: "date-time", description: "default: now" }),
            query("interval", { type: "string", enum: ["minute", "hour", "day"], description: "default: chosen to fit the range" }),
            query("groupBy", { type: "string", enum: [...GROUP_BY], default: "none" }),
            query("type", { type: "string", default: "shown", description: `comma-separated: ${COUNTED_TYPES.join(", ")}` }),
            query("metric", { type: "string", enum: [...METRICS], default: "count", description: "rate = per 1,000 sessions" }),
            query("format", { type: "string", enum: ["json", "csv"], default: "json" }),
          ],
          responses: { 200: ok("Buckets, sessions per bucket, and one series per group; `sampleData` true when the workspace's counts include sample data"), ...errors },
        },
      },
      "/api/v1/stats/summary": {
        get: {
          ...secured,
          summary: "A week (Monday to Sunday, UTC) against the week before: totals, per campaign and trigger, movers",
          parameters: [
            query("env", { type: "string", enum: ["staging", "production"], default: "production" }),
            query("week", { type: "string", format: "date", description: "any day of the week; default: this week" }),
          ],
          responses: { 200: ok("Weekly comparison"), ...errors },
        },
      },
      "/api/v1/environments/{env}/publish": {
        parameters: [env],
        post: { ...secured, summary: "Publish the active campaigns as a new revision", description: "No revision is made when nothing changed: `created` is false and `revision` is the current one.", responses: { 200: ok("Published"), ...errors } },
      },
      "/api/v1/environments/{env}/revisions": {
        parameters: [env],
        get: { ...secured, summary: "Revision history", responses: { 200: ok("Revisions"), ...errors } },
      },
      "/api/v1/environments/{env}/rollback": {
        parameters: [env],
        post: {
          ...secured,
          summary: "A new revision equal to an older one",
          requestBody: body(z.object({ revision: z.number().int().min(1) })),
          responses: { 200: ok("Rolled back"), ...errors },
        },
      },
      "/api/v1/environments/{env}/promote": {
        parameters: [env],
        post: { ...secured, summary: "Production gets what staging serves (env must be production)", responses: { 200: ok("Promoted"), ...errors } },
      },
      "/api/v1/rules/{publicKey}": {
        parameters: [publicKey],
        get: {
          summary: "Compiled rules for SDKs (ETag, If-None-Match → 304, gzip/br, CORS *)",
          responses: {
            200: { description: "Rules", content: { "application/json": { schema: { $ref: "#/components/schemas/CompiledRules" } } } },
            304: { description: "Not modified" },
            404: error,
          },
        },
      },
      "/api/v1/rules/{publicKey}/stream": {
        parameters: [publicKey],
        get: {
          summary: "Rules change notifications (Server-Sent Events)",
          description: "`event: revision` with `{revision, etag}` at once and on every publish (fetch the rules again then); `event: gone` if the key is rotated.",
          responses: { 200: { description: "text/event-stream" }, 404: error, 503: error },
        },
      },
      "/api/v1/events/{publicKey}": {
        parameters: [publicKey],
        post: {
          summary: "SDK events (JSON or text/plain); 202 only after they are stored",
          requestBody: body(eventBatchFields.extend({ events: z.array(sdkEvent).max(100).describe("at least one, unless the batch carries `user` alone") })),
          description:
            "Events from a page whose origin is not in the environment's allowed origins (Settings) are refused with 403 `origin_not_allowed` and counted as refused. Invalid events are refused one by one (`rejected`, naming the field); the others are stored.",
          responses: { 202: ok("Accepted"), 400: error, 403: error, 404: error, 413: error, 429: error, 503: error },
        },
      },
      "/api/v1/rules.schema.json": { get: { summary: "JSON Schema of the rules document", responses: { 200: ok("JSON Schema") } } },
      "/api/v1/openapi.json": { get: { summary: "This document", responses: { 200: ok("OpenAPI 3.1") } } },
      "/api/v1/rules.cases.json": {
        get: {
          summary: "Conformance cases for clients of the rules format",
          description: "Each case: a ruleset, a failure signal, the user, page, caps and time, and the expected decision (outcome, campaign, rendered title and body). Run them against your own client's evaluator.",
          responses: { 200: ok("The cases (version 1)") },
        },
      },
      "/api/stats/live": {
        get: {
          security: [{ session: [] }],
          summary: "Apologies shown per minute for the dashboard's live chart (signed-in session)",
          parameters: [query("env", { type: "string", enum: ["staging", "production"], default: "production" }), query("minutes", { type: "integer", minimum: 5, maximum: 360, default: 60 })],
          responses: { 200: ok("One point per minute"), ...errors },
        },
      },
      "/api/health": {
        get: {
          summary: "Liveness for load balancers",
          description: "200 `ok`, or `degraded` while events cannot be stored (a full disk); 503 when the database is unreachable.",
          responses: { 200: ok("Health"), 503: ok("Database unreachable") },
        },
      },
    }),
  };
}

export function rulesJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "rules.schema.json",
    title: "Mea Culpa compiled rules, schemaVersion 1",
    ...json(compiledRules, "output"),
  };
}
