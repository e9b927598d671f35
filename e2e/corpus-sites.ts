// The two sites the sensing corpus runs against: a stand-in Mea Culpa endpoint (rules with one
// campaign per trigger type, and an events sink that validates batches with the server's own
// schema) and a customer's host site on another origin serving each scenario page.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { eventBatch, validateEvents, type SdkEvent } from "../lib/events/schemas";
import { SCENARIOS } from "./sensing-corpus";

const CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "If-None-Match, Content-Type" };

/** One armed campaign per trigger type, with the builder's defaults where it has them. */
export const CORPUS_RULES = {
  schemaVersion: 1,
  revision: 1,
  generatedAt: "2026-11-29T00:00:00.000Z",
  expiresAt: "2999-01-01T00:00:00.000Z",
  settings: { minGapMs: 0 },
  campaigns: [
    ["http_error", { methods: [], statuses: ["5xx", "0", "404"] }],
    ["slow_request", { methods: [], thresholdMs: 1000 }],
    // 4 s: every other scenario has shown its content and left long before
    ["slow_page", { thresholdMs: 4000, blockedMs: 500 }],
    ["js_error", { sameOriginOnly: false }],
    ["resource_error", {}],
    ["media_stall", { stallMs: 1000, count: 2 }],
    ["media_quality", { droppedPct: 10, resolutionPct: 50, rebufferPct: 5, imagePct: 25 }],
    ["rage_click", { clicks: 4, withinMs: 1000 }],
    ["unresponsive", { withinMs: 1000, selector: "[data-dead], [data-dead] *" }],
    ["error_click", { withinMs: 3000, selector: "[data-errclick], [data-errclick] *" }],
    ["custom", { name: "payment_failed" }],
  ].map(([type, t], i) => ({
    id: `c_${type}`,
    priority: 100 - i,
    trigger: { type, ...(t as object) },
    message: { title: [{ attr: "name", fallback: "there" }, `, sorry (${type})`], body: ["We are on it."], style: "toast", position: "bottom-right", autoDismissMs: 0 },
    caps: { perSession: 0 },
  })),
};

export interface StandIn {
  origin: string;
  /** events received per public key, validated and clock-corrected as the server does */
  events(key: string): SdkEvent[];
  /** batches the server's schema refused, per key (must stay empty) */
  refused(key: string): string[];
  /** how many times the rules of a key were fetched (200 or 304) */
  rulesFetched(key: string): number;
  /** open rules streams, all keys */
  openStreams(): number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = "";
    req.on("data", (c) => (s += c));
    req.on("end", () => resolve(s));
  });
}

export async function startStandIn(): Promise<StandIn> {
  const received = new Map<string, SdkEvent[]>();
  const refused = new Map<string, string[]>();
  const streams = new Set<ServerResponse>();
  const fetched = new Map<string, number>();
  const rules = JSON.stringify(CORPUS_RULES);
  const server = createServer(async (req, res) => {
    const m = /^\/api\/v1\/(rules|events)\/(pk_\w+)(\/stream)?/.exec(req.url ?? "");
    if (req.method === "OPTIONS") return void res.writeHead(204, CORS).end();
    // a third-party script on another origin, loaded without CORS: its errors arrive detail-less
    if (req.url === "/js/throws.js") return void res.writeHead(200, { "Content-Type": "application/javascript" }).end("throw new Error('a third-party widget broke')");
    if (!m) return void res.writeHead(404, CORS).end();
    const key = m[2];
    if (m[1] === "rules" && m[3]) {
      res.writeHead(200, { ...CORS, "Content-Type": "text/event-stream" });
      res.write('event: revision\ndata: {"etag":"\\"r1\\""}\n\n');
      streams.add(res);
      return void res.on("close", () => streams.delete(res));
    }
    if (m[1] === "rules") {
      fetched.set(key, (fetched.get(key) ?? 0) + 1);
      if (req.headers["if-none-match"] === '"r1"') return void res.writeHead(304, { ...CORS, ETag: '"r1"' }).end();
      return void res.writeHead(200, { ...CORS, "Content-Type": "application/json", ETag: '"r1"' }).end(rules);
    }
    const text = await body(req);
    try {
      const batch = eventBatch.parse(JSON.parse(text));
      const { valid, rejected } = validateEvents(batch.events, { sentAt: batch.sentAt });
      // replays are ignored by id, as the server's ON CONFLICT (id) DO NOTHING does: a batch the SDK
      // sent again (its answer was slow to come under load) is one batch
      const seen = new Set((received.get(key) ?? []).map((e) => e.id));
      received.set(key, [...(received.get(key) ?? []), ...valid.filter((e) => !seen.has(e.id) && seen.add(e.id))]);
      if (rejected.length) refused.set(key, [...(refused.get(key) ?? []), JSON.stringify(rejected)]);
    } catch (e) {
      refused.set(key, [...(refused.get(key) ?? []), `${(e as Error).message}: ${text.slice(0, 200)}`]);
    }
    res.writeHead(202, { ...CORS, "Content-Type": "application/json" }).end("{}");
  });
  const origin = await listen(server);
  return {
    origin,
    events: (key) => received.get(key) ?? [],
    refused: (key) => refused.get(key) ?? [],
    rulesFetched: (key) => fetched.get(key) ?? 0,
    openStreams: () => streams.size,
    close: async () => {
      for (const s of streams) s.end();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The page of scenario `i`, embedding the SDK from `sdkOrigin` with rules from `endpoint`. */
export function scenarioPage(i: number, sdkOrigin: string, endpoint: string): string {
  const s = SCENARIOS[i];
  // the install snippet's queue (inline: a page under a strict CSP goes without it)
  const stub = s.csp
    ? ""
    : `<script>window.MeaCulpa=window.MeaCulpa||{q:[]};["identify","report","on","debug"].forEach(function(m){window.MeaCulpa[m]=window.MeaCulpa[m]||function(){window.MeaCulpa.q.push([m,[].slice.call(arguments)])}});MeaCulpa.identify({id:"u1",name:"Jackie"});</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${s.name}</title>${stub}
<script src="${sdkOrigin}/sdk/v1.js" data-key="${corpusKey(i)}" data-endpoint="${endpoint}"></script></head><body>${s.body.replace(/OTHER_ORIGIN/g, endpoint)}</body></html>`;
}

export const corpusKey = (i: number) => `pk_corpus${String(i).padStart(4, "0")}`;

/** An uncompressed 24-bit BMP of w×h grey pixels: a real raster image of any size, no encoder needed. */
function bmp(w: number, h: number): Buffer {
  const row = Math.ceil((w * 3) / 4) * 4;
  const b = Buffer.alloc(54 + row * h, 0x80);
  b.write("BM", 0);
  b.writeUInt32LE(b.length, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14);
  b.writeInt32LE(w, 18);
  b.writeInt32LE(h, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  b.writeUInt32LE(0, 30);
  b.writeUInt32LE(row * h, 34);
  b.fill(0, 38, 54);
  return b;
}
const SVG_ICON = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="6" fill="teal"/></svg>`;

const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

/** The customer's site: scenario pages at /s/<i>, and endpoints that answer as real ones do. */
export async function startCorpusHost(page: (i: number) => string, extra: Record<string, string> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const p = u.pathname;
    const s = /^\/s\/(\d+)$/.exec(p);
    if (s) {
      const sc = SCENARIOS[Number(s[1])];
      return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...(sc?.csp ? { "Content-Security-Policy": sc.csp } : {}) }).end(page(Number(s[1])));
    }
    if (extra[p]) return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(extra[p]);
    if (p === "/corpus.js") return void res.writeHead(200, { "Content-Type": "application/javascript" }).end("document.getElementById('go').onclick=function(){fetch('/api/500')}");
    if (p === "/api/ok") return void res.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    if (p === "/api/redirect") return void res.writeHead(302, { Location: "/api/ok" }).end();
    const code = /^\/api\/(\d{3})$/.exec(p);
    if (code) return void res.writeHead(Number(code[1])).end("failed");
    if (p === "/api/slow") return void setTimeout(() => !res.destroyed && res.writeHead(200).end("{}"), Number(u.searchParams.get("ms") ?? 1000));
    if (p === "/img/ok.png") return void res.writeHead(200, { "Content-Type": "image/png" }).end(PNG_1X1);
    const size = /^\/img\/(\d{1,4})x(\d{1,4})\.bmp$/.exec(p);
    if (size) return void res.writeHead(200, { "Content-Type": "image/bmp" }).end(bmp(Number(size[1]), Number(size[2])));
    if (p === "/img/icon.svg") return void res.writeHead(200, { "Content-Type": "image/svg+xml" }).end(SVG_ICON);
    if (p === "/img/slow.png") return void setTimeout(() => !res.destroyed && res.writeHead(200, { "Content-Type": "image/png" }).end(PNG_1X1), 20_000);
    res.writeHead(404).end("not found");
  });
  const origin = await listen(server);
  return {
    origin,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
