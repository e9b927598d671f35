// The SDK-facing endpoints, answered by plain node:http code in front of Next: Next's route
// handlers measured ~1k req/s here against ~27k for node:http (see DESIGN.md).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BatchWriter, QueueFullError } from "@/lib/events/batch-writer";
import { eventBatch, MAX_BODY_BYTES, validateEvents } from "@/lib/events/schemas";
import type { SeenUserInput } from "@/lib/events/seen-users";
import { noteStoreFailure, noteStoreSuccess } from "@/lib/events/ingest-health";
import { getSnapshot, type Snapshot } from "@/lib/rules/snapshot";
import { wasPublished } from "@/lib/publishing/published-campaigns";
import { originAllowed, originsListed } from "@/lib/settings/allowed-origins";
import { classifyError } from "@/lib/errors";
import { BodyTooLargeError, clientIp, readBody, sendError, sendJson, sendUnknownKey } from "./http";
import { addressBucket, type ClientAddress } from "./client-address";
import { RateLimiter } from "./rate-limit";
import { createRulesStream, type StreamLimits } from "./rules-stream";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, If-None-Match",
  // without this, a script on another origin cannot read the ETag and so can never revalidate
  "Access-Control-Expose-Headers": "ETag, Retry-After",
  "Access-Control-Max-Age": "86400",
};
const RULES_CACHE = "public, max-age=30, s-maxage=30, stale-while-revalidate=300, stale-if-error=86400";
const KEY_RE = /^pk_[A-Za-z0-9_]{8,64}$/;

interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  type: string;
  /** the name carries a content hash: the URL never serves other bytes */
  immutable?: boolean;
  /** its source map's URL, sent as a SourceMap header (the code carries no comment naming it) */
  sourceMap?: string;
  /** already compressed (the npm tarball): sent as it is, whatever Accept-Encoding says */
  compressed?: boolean;
}

function loadAsset(file: string, type: string): StaticAsset | undefined {
  if (!existsSync(file)) return undefined;
  const body = readFileSync(file);
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    etag: '"' + createHash("sha256").update(body).digest("base64url").slice(0, 27) + '"',
    type,
  };
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  // what a browser or the SDK sends back: the one ETag it was given
  if (header === etag) return true;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** Whether Accept-Encoding allows `enc` (a listed coding with q > 0, or `*`). Runs per request. */
export function acceptsEncoding(req: IncomingMessage, enc: "br" | "gzip"): boolean {
  const h = req.headers["accept-encoding"];
  return typeof h === "string" && allows(h, enc);
}

function allows(h: string, enc: string): boolean {
  for (const part of h.split(",")) {
    const [name, ...params] = part.trim().split(";");
    const coding = name.trim().toLowerCase();
    if (coding !== enc && coding !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

// Browsers send a handful of Accept-Encoding values: each is parsed once (bounded), not per request
const codings = new Map<string, "br" | "gzip" | "identity">();
function bestCoding(req: IncomingMessage): "br" | "gzip" | "identity" {
  const h = req.headers["accept-encoding"];
  if (typeof h !== "string") return "identity";
  let c = codings.get(h);
  if (c === undefined) {
    c = allows(h, "br") ? "br" : allows(h, "gzip") ? "gzip" : "identity";
    if (codings.size >= 256) codings.clear();
    codings.set(h, c);
  }
  return c;
}

// The rules answer's headers, built once per snapshot and variant (200 by coding, 304; with or
// without Vary: Origin) as the flat [name, value, …] list writeHead takes, instead of a fresh object
// spread per request (#28: the profile showed the per-request header object as the fast path's
// largest own cost). Only Allow-Origin and Expose-Headers matter on a GET; the rest of CORS is for
// the preflight.
const RULES_CORS = ["Access-Control-Allow-Origin", "*", "Access-Control-Expose-Headers", "ETag, Retry-After"];
const ruleHeaders = new WeakMap<Snapshot, Map<string, string[]>>();
function rulesHeaders(snap: Snapshot, variant: "br" | "gzip" | "identity" | "304", byOrigin: boolean): string[] {
  let m = ruleHeaders.get(snap);
  if (!m) ruleHeaders.set(snap, (m = new Map()));
  const k = variant + (byOrigin ? "+o" : "");
  let h = m.get(k);
  if (!h) {
    h = [
      ...RULES_CORS,
      "Content-Type", "application/json; charset=utf-8",
      "Cache-Control", RULES_CACHE,
      "ETag", snap.etag,
      // with an allowed-origins list the answer depends on Origin (200 or 403): a shared cache
      // must key on it, or it would serve one site's answer to another (#26)
      "Vary", byOrigin ? "Origin, Accept-Encoding" : "Accept-Encoding",
      "X-Content-Type-Options", "nosniff",
    ];
    if (variant === "br" || variant === "gzip") h.push("Content-Encoding", variant);
    if (variant !== "304") h.push("Content-Length", String((variant === "br" ? snap.br : variant === "gzip" ? snap.gzip : snap.body).length));
    m.set(k, h);
  }
  return h;
}

export interface FastPathOptions {
  writer: BatchWriter;
  sdkDir?: string;
  streamLimits?: Partial<StreamLimits>;
  /** events per second allowed per public key and per client address (bursts of twice that) */
  eventRates?: { perKey: number; perIp: number };
  /** how the per-address limit finds the client (default: TRUST_PROXY's rule) */
  clientAddress?: ClientAddress;
  /** called with each accepted batch's sender (unusual-traffic.ts counts who sends most) */
  onSenders?: (environmentId: string, address: string, events: number) => void;
  /** a request refused because its page's origin is not allowed for the key (counted by the caller) */
  onRefusedOrigin?: (environmentId: string, origin: string) => void;
  /** events from a page on `origin` were stored (the Install page's live check) */
  onAccepted?: (environmentId: string, origin: string, sdk: string | undefined) => void;
  /** the batch carried the identified visitor (segment estimates: lib/events/seen-users.ts) */
  onUser?: (environmentId: string, user: SeenUserInput) => void;
}

export function createFastPath(opts: FastPathOptions) {
  const sdkDir = opts.sdkDir ?? path.resolve("public/sdk");
  const sdkAsset = loadAsset(path.join(sdkDir, "v1.js"), "application/javascript; charset=utf-8");
  const sdk = sdkAsset && { ...sdkAsset, sourceMap: "/sdk/v1.js.map" };
  const sdkMap = loadAsset(path.join(sdkDir, "v1.js.map"), "application/json; charset=utf-8");
  // the sensor files v1.js loads on demand: named by content hash, so cached for a year
  const sensorFiles = new Map<string, StaticAsset>();
  const sensorDir = path.join(sdkDir, "v1");
  if (existsSync(sensorDir)) {
    for (const f of readdirSync(sensorDir)) {
      const asset = loadAsset(path.join(sensorDir, f), f.endsWith(".map") ? "application/json; charset=utf-8" : "text/javascript; charset=utf-8");
      if (asset) sensorFiles.set("/sdk/v1/" + f, { ...asset, immutable: true, ...(f.endsWith(".js") ? { sourceMap: `/sdk/v1/${f}.map` } : {}) });
    }
  }
  // the npm package, packed by the build (`npm install <server>/sdk/npm/mea-culpa-sdk-<version>.tgz`)
  const npmDir = path.join(sdkDir, "npm");
  if (existsSync(npmDir)) {
    for (const f of readdirSync(npmDir)) {
      const asset = f.endsWith(".tgz") && loadAsset(path.join(npmDir, f), "application/gzip");
      if (asset) sensorFiles.set("/sdk/npm/" + f, { ...asset, compressed: true });
    }
  }
  const rates = opts.eventRates ?? { perKey: 10_000, perIp: 200 };
  const perKey = new RateLimiter(rates.perKey, rates.perKey * 2);
  const perIp = new RateLimiter(rates.perIp, rates.perIp * 2);
  const streams = createRulesStream(opts.streamLimits);
  const addressOf = opts.clientAddress ?? clientIp;

  function serveAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset | undefined) {
    if (!asset) return sendError(res, 404, "The SDK has not been built: run npm run build");
    const headers: Record<string, string | number> = {
      "Content-Type": asset.type,
      "Cache-Control": asset.immutable ? "public, max-age=31536000, immutable" : "public, max-age=300, stale-while-revalidate=3600",
      ETag: asset.etag,
      Vary: "Accept-Encoding",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    };
    if (asset.sourceMap) headers.SourceMap = asset.sourceMap;
    if (etagMatches(req.headers["if-none-match"], asset.etag)) {
      res.writeHead(304, headers);
      return res.end();
    }
    const gz = !asset.compressed && acceptsEncoding(req, "gzip");
    const body = gz ? asset.gzip : asset.body;
    if (gz) headers["Content-Encoding"] = "gzip";
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function serveRules(req: IncomingMessage, res: ServerResponse, key: string) {
    const snap = KEY_RE.test(key) ? getSnapshot(key) : undefined;
    if (!snap) return sendUnknownKey(res, key, CORS);
    // a key copied onto a site the workspace did not list: refused and counted (Settings shows it)
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
    if (!originAllowed(snap.environmentId, origin)) {
      req.resume();
      opts.onRefusedOrigin?.(snap.environmentId, origin ?? "(no Origin header)");
      // a cache must not keep this refusal for the listed sites, nor the answer below for others
      return sendError(res, 403, `Events from ${origin ?? "a request without an Origin"} are not allowed for this key: list the site's origin in Settings, Allowed origins`, { code: "origin_not_allowed", headers: { ...CORS, Vary: "Origin", "Cache-Control": "no-store" } });
    }
    const byOrigin = originsListed(snap.environmentId);
    if (etagMatches(req.headers["if-none-match"], snap.etag)) {
      res.writeHead(304, rulesHeaders(snap, "304", byOrigin));
      return res.end();
    }
    const coding = bestCoding(req);
    res.writeHead(200, rulesHeaders(snap, coding, byOrigin));
    res.end(req.method === "HEAD" ? undefined : coding === "br" ? snap.br : coding === "gzip" ? snap.gzip : snap.body);
  }

  async function ingest(req: IncomingMessage, res: ServerResponse, key: string) {
    const snap = KEY_RE.test(key) ? getSnapshot(key) : undefined;
    if (!snap) return sendUnknownKey(res, key, CORS);
    // a key copied onto a site the workspace did not list: refused and counted (Settings shows it)
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
    if (!originAllowed(snap.environmentId, origin)) {
      req.resume();
      opts.onRefusedOrigin?.(snap.environmentId, origin ?? "(no Origin header)");
      return sendError(res, 403, `Events from ${origin ?? "a request without an Origin"} are not allowed for this key: list the site's origin in Settings, Allowed origins`, { code: "origin_not_allowed", headers: CORS });
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLargeError) {
        return sendError(res, 413, `Body is larger than ${MAX_BODY_BYTES} bytes`, { headers: { ...CORS, Connection: "close" } });
      }
      return sendError(res, 400, "Could not read the body", { headers: CORS });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch {
      return sendError(res, 400, "Body is not valid JSON", { headers: CORS });
    }
    const batch = eventBatch.safeParse(parsed);
    if (!batch.success) {
      const issue = batch.error.issues[0];
      const field = issue.path.join(".") || "events";
      return sendError(res, 400, `${field} ${issue.message}`, { code: "validation_failed", field, headers: CORS });
    }
    // a visitor's profile alone counts as one event against the rate limits
    const n = Math.max(1, batch.data.events.length);
    // the sender's own bucket first (an IPv6 /64 is one sender): a batch it refuses must not spend
    // the key's shared allowance, or one address could starve every visitor of a site
    const wait = perIp.take(addressBucket(addressOf(req)), n) || perKey.take(key, n);
    if (wait > 0) {
      return sendError(res, 429, "Too many events: slow down", { headers: { ...CORS, "Retry-After": wait } });
    }
    if (batch.data.user) opts.onUser?.(snap.environmentId, batch.data.user);
    if (batch.data.events.length === 0) return sendJson(res, 202, { accepted: 0, duplicates: 0, rejected: [] }, CORS);
    // events may only name campaigns this environment has served (an invented id is refused)
    const { valid, rejected } = validateEvents(batch.data.events, { sentAt: batch.data.sentAt, published: (id) => wasPublished(snap.environmentId, id) });
    if (valid.length === 0) {
      return sendError(res, 400, "No valid events in the batch", { code: "validation_failed", headers: CORS, extra: { rejected } });
    }
    try {
      const r = await opts.writer.write(snap.environmentId, valid);
      noteStoreSuccess();
      opts.onAccepted?.(snap.environmentId, origin ?? "(no Origin header)", batch.data.sdk);
      opts.onSenders?.(snap.environmentId, addressOf(req), r.accepted);
      sendJson(res, 202, { accepted: r.accepted, duplicates: r.duplicates, rejected }, CORS);
    } catch (e) {
      if (e instanceof QueueFullError) {
        return sendError(res, 503, "Ingestion is busy: retry shortly", { code: "busy", headers: { ...CORS, "Retry-After": 1 } });
      }
      // a full disk is not freed in 2 s: ask clients to back off longer than for a hiccup
      const storage = noteStoreFailure(e, valid.length) !== "database";
      sendError(res, 503, "Events could not be stored: retry later", {
        code: storage ? "storage_unavailable" : "unavailable",
        headers: { ...CORS, "Retry-After": storage ? 30 : 2 },
      });
    }
  }

  /** Returns true when the request was for a fast-path URL (and has been answered). */
  const handle = function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q >= 0 ? url.slice(0, q) : url;
    const method = req.method ?? "GET";

    if (pathname.startsWith("/sdk/")) {
      if (method !== "GET" && method !== "HEAD") return (sendError(res, 405, "Method not allowed", { headers: { Allow: "GET, HEAD" } }), true);
      if (pathname === "/sdk/v1.js") serveAsset(req, res, sdk);
      else if (pathname === "/sdk/v1.js.map") serveAsset(req, res, sdkMap);
      else if (sensorFiles.has(pathname)) serveAsset(req, res, sensorFiles.get(pathname));
      else sendError(res, 404, "Not found");
      return true;
    }
    const stream = /^\/api\/v1\/rules\/([^/]+)\/stream$/.exec(pathname);
    if (stream) {
      if (method === "OPTIONS") return (res.writeHead(204, CORS).end(), true);
      if (method !== "GET") return (sendError(res, 405, "Method not allowed", { headers: { ...CORS, Allow: "GET, OPTIONS" } }), true);
      streams.handle(req, res, safeDecode(stream[1]), CORS, addressOf(req), opts.onRefusedOrigin);
      return true;
    }
    const rulesKey = segmentAfter(pathname, "/api/v1/rules/");
    const eventsKey = rulesKey === undefined ? segmentAfter(pathname, "/api/v1/events/") : undefined;
    const rules = rulesKey !== undefined ? [pathname, rulesKey] : null;
    const events = eventsKey !== undefined ? [pathname, eventsKey] : null;
    if (!rules && !events) return false;
    if (method === "OPTIONS") {
      res.writeHead(204, CORS);
      res.end();
      return true;
    }
    const key = safeDecode((rules ?? events)![1]);
    if (rules) {
      if (method !== "GET" && method !== "HEAD") sendError(res, 405, "Method not allowed", { headers: { ...CORS, Allow: "GET, HEAD, OPTIONS" } });
      else serveRules(req, res, key);
      return true;
    }
    if (method !== "POST") {
      sendError(res, 405, "Method not allowed", { headers: { ...CORS, Allow: "POST, OPTIONS" } });
      return true;
    }
    ingest(req, res, key).catch((e) => {
      const c = classifyError(e);
      if (c.internal) console.error("[events] unexpected:", e);
      if (!res.headersSent) sendError(res, c.status, c.message, { code: c.code, field: c.field, headers: { ...CORS, ...c.headers } });
    });
    return true;
  };
  return Object.assign(handle, { openStreams: () => streams.open });
}

/** The one path segment after `prefix` ("/api/v1/rules/" + key), or undefined when the path is not that. */
function segmentAfter(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  return rest && rest.indexOf("/") < 0 ? rest : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // malformed escapes: treated as an unknown key
  }
}
