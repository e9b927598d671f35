import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriter } from "@/lib/events/batch-writer";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { setAllowedOrigins } from "@/lib/settings/allowed-origins";
import { memoryDb } from "@/lib/testing/memory-db";
import { clientAddressResolver } from "./client-address";
import { createFastPath } from "./fast-path";

const KEY = "pk_testtesttest01";
let server: Server;
let port: number;
let db: Awaited<ReturnType<typeof memoryDb>>;

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function callAt(at: number, method: string, url: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: at, method, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const call = (method: string, url: string, headers: Record<string, string> = {}, body?: string | Buffer) => callAt(port, method, url, headers, body);

/** A fast path of its own on a free port, for tests that need other options. */
async function serve(handle: ReturnType<typeof createFastPath>): Promise<{ port: number; close(): Promise<unknown> }> {
  const s = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return { port: (s.address() as { port: number }).port, close: () => new Promise((r) => s.close(r)) };
}

const json = (r: Res) => JSON.parse(r.body.toString("utf8"));
const event = (extra: Record<string, unknown> = {}) => ({ id: randomUUID(), type: "shown", ts: Date.now(), ...extra });

beforeAll(async () => {
  db = await memoryDb();
  const sdkDir = mkdtempSync(path.join(tmpdir(), "mc-sdk-"));
  writeFileSync(path.join(sdkDir, "v1.js"), "/* sdk */(function(){})();");
  mkdirSync(path.join(sdkDir, "v1"));
  writeFileSync(path.join(sdkDir, "v1", "interaction.abc123.js"), "export default function(){}");
  putSnapshot(
    KEY,
    buildSnapshot("env1", 7, {
      schemaVersion: 1,
      settings: { minGapMs: 0 },
      campaigns: [],
    }),
  );
  const handle = createFastPath({ writer: new BatchWriter({ sql: db.sql }), sdkDir });
  server = createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

describe("GET /sdk/…", () => {
  it("serves v1.js for revalidation and the sensor files (content-hashed names) as immutable, with CORS", async () => {
    const core = await call("GET", "/sdk/v1.js");
    expect(core.status).toBe(200);
    expect(core.headers["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=3600");
    // the code names no source map (the shipped bytes are the measured bytes): a header does
    expect(core.headers.sourcemap).toBe("/sdk/v1.js.map");
    const file = await call("GET", "/sdk/v1/interaction.abc123.js");
    expect(file.status).toBe(200);
    expect(file.body.toString()).toBe("export default function(){}");
    expect(file.headers["content-type"]).toContain("javascript");
    // import() fetches in CORS mode, from any host page
    expect(file.headers["access-control-allow-origin"]).toBe("*");
    expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(file.headers.sourcemap).toBe("/sdk/v1/interaction.abc123.js.map");
    expect((await call("GET", "/sdk/v1/interaction.other.js")).status).toBe(404);
    expect((await call("GET", "/sdk/v1/../v1.js")).status).toBe(404);
  });
});

describe("GET /api/v1/rules/{key}", () => {
  it("serves the compiled rules with a strong ETag, cache headers and CORS", async () => {
    const r = await call("GET", `/api/v1/rules/${KEY}`);
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ schemaVersion: 1, revision: 7, campaigns: [] });
    expect(r.headers.etag).toMatch(/^"[^"]+"$/);
    expect(r.headers["access-control-allow-origin"]).toBe("*");
    expect(r.headers["access-control-expose-headers"]).toContain("ETag");
    expect(r.headers["cache-control"]).toBe(
      "public, max-age=30, s-maxage=30, stale-while-revalidate=300, stale-if-error=86400",
    );
    expect(r.headers.vary).toBe("Accept-Encoding");
  });

  it("says Vary: Origin while the environment lists allowed origins, and a refusal is never cached", async () => {
    setAllowedOrigins("env1", ["https://shop.test"]);
    try {
      const listed = await call("GET", `/api/v1/rules/${KEY}`, { Origin: "https://shop.test" });
      expect(listed.status).toBe(200);
      expect(listed.headers.vary).toBe("Origin, Accept-Encoding");
      const other = await call("GET", `/api/v1/rules/${KEY}`, { Origin: "https://copied-key.test" });
      expect(other.status).toBe(403);
      expect(other.headers.vary).toBe("Origin");
      expect(other.headers["cache-control"]).toBe("no-store");
    } finally {
      setAllowedOrigins("env1", []);
    }
    expect((await call("GET", `/api/v1/rules/${KEY}`)).headers.vary).toBe("Accept-Encoding");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await call("GET", `/api/v1/rules/${KEY}`);
    const r = await call("GET", `/api/v1/rules/${KEY}`, { "If-None-Match": String(first.headers.etag) });
    expect(r.status).toBe(304);
    expect(r.body.length).toBe(0);
  });

  it("compresses with br or gzip as the client accepts", async () => {
    const br = await call("GET", `/api/v1/rules/${KEY}`, { "Accept-Encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.body).toString()).revision).toBe(7);
    const gz = await call("GET", `/api/v1/rules/${KEY}`, { "Accept-Encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gz.body).toString()).revision).toBe(7);
  });

  it("honours q=0 as 'not acceptable' and falls back to identity", async () => {
    const r = await call("GET", `/api/v1/rules/${KEY}`, { "Accept-Encoding": "br;q=0, gzip;q=0" });
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(json(r).revision).toBe(7);
    const gz = await call("GET", `/api/v1/rules/${KEY}`, { "Accept-Encoding": "br;q=0, GZIP;q=0.5" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
  });

  it("answers HEAD without a body and OPTIONS as a CORS preflight", async () => {
    const head = await call("HEAD", `/api/v1/rules/${KEY}`);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const pre = await call("OPTIONS", `/api/v1/rules/${KEY}`, { Origin: "https://shop.test", "Access-Control-Request-Method": "GET" });
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("*");
  });

  it("answers 404 with a JSON error for an unknown key", async () => {
    const r = await call("GET", "/api/v1/rules/pk_doesnotexist00");
    expect(r.status).toBe(404);
    expect(json(r)).toEqual({ error: { code: "not_found", message: 'Unknown public key "pk_doesnotexist00"' } });
  });

  it("leaves every other path to Next", async () => {
    expect((await call("GET", "/dashboard")).status).toBe(418);
  });
});

describe("POST /api/v1/events/{key}", () => {
  it("accepts text/plain batches, keeps the valid events and names the bad field", async () => {
    const good = event();
    const r = await call(
      "POST",
      `/api/v1/events/${KEY}`,
      { "Content-Type": "text/plain" },
      JSON.stringify({ events: [good, { ...event(), type: "exploded" }] }),
    );
    expect(r.status).toBe(202);
    expect(json(r)).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, field: "type", message: expect.stringContaining("type") }],
    });
    const replay = await call("POST", `/api/v1/events/${KEY}`, {}, JSON.stringify({ events: [good] }));
    expect(json(replay)).toMatchObject({ accepted: 0, duplicates: 1 });
  });

  it("refuses a wholly invalid body with 400 naming the problem", async () => {
    const notJson = await call("POST", `/api/v1/events/${KEY}`, {}, "{nope");
    expect(notJson.status).toBe(400);
    expect(json(notJson)).toEqual({ error: { code: "bad_request", message: "Body is not valid JSON" } });
    const noEvents = await call("POST", `/api/v1/events/${KEY}`, {}, JSON.stringify({ events: [] }));
    expect(noEvents.status).toBe(400);
    expect(json(noEvents).error).toMatchObject({ code: "validation_failed", field: "events" });
    const allBad = await call("POST", `/api/v1/events/${KEY}`, {}, JSON.stringify({ events: [{ id: "x" }] }));
    expect(allBad.status).toBe(400);
    expect(json(allBad).error).toEqual({ code: "validation_failed", message: "No valid events in the batch" });
    expect(json(allBad).rejected[0].field).toBe("id");
  });

  it("answers 413 to a body over 64 KB and 404 to an unknown key", async () => {
    const big = await call("POST", `/api/v1/events/${KEY}`, {}, "x".repeat(65 * 1024));
    expect(big.status).toBe(413);
    const unknown = await call("POST", "/api/v1/events/pk_doesnotexist00", {}, JSON.stringify({ events: [event()] }));
    expect(unknown.status).toBe(404);
  });

  it("answers 429 with Retry-After when one client sends too fast", async () => {
    let limited: Res | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const events = Array.from({ length: 100 }, () => event({ type: "session" }));
      const r = await call("POST", `/api/v1/events/${KEY}`, {}, JSON.stringify({ events }));
      if (r.status === 429) limited = r;
      else expect(r.status).toBe(202);
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("answers 503 with Retry-After when the ingestion queue is full, and keeps what it had already queued", async () => {
    // a writer that holds events for 10 s and takes at most 10: the second batch finds it full
    const writer = new BatchWriter({ sql: db.sql, flushIntervalMs: 10_000, maxQueued: 10 });
    const busy = await serve(createFastPath({ writer, sdkDir: mkdtempSync(path.join(tmpdir(), "mc-sdk-")) }));
    const send = (events: unknown[]) => callAt(busy.port, "POST", `/api/v1/events/${KEY}`, {}, JSON.stringify({ events }));
    try {
      const first = Array.from({ length: 8 }, () => event());
      const queued = send(first);
      await new Promise((r) => setTimeout(r, 100));
      const full = await send(Array.from({ length: 8 }, () => event()));
      expect(full.status).toBe(503);
      expect(Number(full.headers["retry-after"])).toBeGreaterThan(0);
      await writer.flush();
      expect((await queued).status).toBe(202);
      const stored = await db.sql.query(`SELECT 1 FROM "Event" WHERE "id" = ANY($1::uuid[])`, [first.map((e) => e.id)]);
      expect(stored).toHaveLength(8);
    } finally {
      await busy.close();
    }
  });

  it("a sender its own bucket refuses never spends the key's allowance, so one address cannot starve a site", async () => {
    const sdkDir = mkdtempSync(path.join(tmpdir(), "mc-sdk-"));
    const eventRates = { perKey: 100, perIp: 10 }; // bursts of 200 per key, 20 per address
    const batch = () => JSON.stringify({ events: Array.from({ length: 10 }, () => event({ type: "session" })) });
    const behind = await serve(createFastPath({ writer: new BatchWriter({ sql: db.sql }), sdkDir, eventRates, clientAddress: clientAddressResolver("loopback") }));
    const post = (forwardedFor: string) => callAt(behind.port, "POST", `/api/v1/events/${KEY}`, { "X-Forwarded-For": forwardedFor }, batch());
    try {
      // 30 batches of 10 from one address: 2 fit its burst, 28 refused (280 events: more than the key's 200)
      const flood = [];
      for (let i = 0; i < 30; i++) flood.push((await post("203.0.113.66")).status);
      expect(flood.filter((st) => st === 429)).toHaveLength(28);
      // a real visitor elsewhere still gets in
      expect((await post("198.51.100.7")).status).toBe(202);
    } finally {
      await behind.close();
    }
  });

  it("limits per client address: X-Forwarded-For is ignored unless TRUST_PROXY vouches for the proxy", async () => {
    const sdkDir = mkdtempSync(path.join(tmpdir(), "mc-sdk-"));
    const eventRates = { perKey: 1_000_000, perIp: 50 }; // bursts of 100
    const batch = () => JSON.stringify({ events: Array.from({ length: 60 }, () => event({ type: "session" })) });
    const post = (at: number, forwardedFor: string) => callAt(at, "POST", `/api/v1/events/${KEY}`, { "X-Forwarded-For": forwardedFor }, batch());

    // default: every request is the socket's (loopback), whatever address it claims
    const direct = await serve(createFastPath({ writer: new BatchWriter({ sql: db.sql }), sdkDir, eventRates }));
    try {
      expect((await post(direct.port, "203.0.113.1")).status).toBe(202);
      expect((await post(direct.port, "203.0.113.2")).status).toBe(429);
    } finally {
      await direct.close();
    }

    // behind a trusted proxy on loopback: each forwarded visitor has a bucket of its own
    const behind = await serve(
      createFastPath({ writer: new BatchWriter({ sql: db.sql }), sdkDir, eventRates, clientAddress: clientAddressResolver("loopback") }),
    );
    try {
      expect((await post(behind.port, "203.0.113.1")).status).toBe(202);
      expect((await post(behind.port, "203.0.113.1")).status).toBe(429);
      expect((await post(behind.port, "203.0.113.2")).status).toBe(202);
      // a visitor prepending a fake address is still itself
      expect((await post(behind.port, "198.51.100.99, 203.0.113.1")).status).toBe(429);
    } finally {
      await behind.close();
    }
  });
});
