import { createServer, request, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriter } from "@/lib/events/batch-writer";
import type { RawSql } from "@/lib/db";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { setAllowedOrigins } from "@/lib/settings/allowed-origins";
import { createFastPath } from "./fast-path";

const KEY = "pk_streamtest0001";
const body = { schemaVersion: 1 as const, settings: { minGapMs: 0 }, campaigns: [] };
const noSql: RawSql = { query: () => Promise.reject(new Error("unused")), transaction: () => Promise.reject(new Error("unused")) };
let server: Server;
let port: number;
let fast: ReturnType<typeof createFastPath>;

function open(key = KEY, headers: Record<string, string> = {}): Promise<{ res: IncomingMessage; next: () => Promise<string>; close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: `/api/v1/rules/${key}/stream`, headers }, (res) => {
      let buf = "";
      const waiting: ((e: string) => void)[] = [];
      const events: string[] = [];
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buf += chunk;
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const ev = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (!ev.includes("event:")) continue;
          const w = waiting.shift();
          if (w) w(ev);
          else events.push(ev);
        }
      });
      resolve({
        res,
        next: () => (events.length ? Promise.resolve(events.shift()!) : new Promise((r) => waiting.push(r))),
        close: () => req.destroy(),
      });
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  putSnapshot(KEY, buildSnapshot("env-stream", 1, body));
  // the test says which address it comes from (server.ts resolves it from the socket or TRUST_PROXY)
  const clientAddress = (req: IncomingMessage) => String(req.headers["x-test-address"] ?? "127.0.0.1");
  fast = createFastPath({ writer: new BatchWriter({ sql: noSql }), streamLimits: { perKey: 2, perAddress: 2 }, clientAddress });
  server = createServer((req, res) => {
    if (!fast(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise((r) => server.close(r)));

describe("GET /api/v1/rules/{key}/stream", () => {
  it("announces the current revision, then each new one as it is published", async () => {
    const s = await open();
    expect(s.res.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(s.res.headers["access-control-allow-origin"]).toBe("*");
    expect(await s.next()).toContain('"revision":1');
    putSnapshot(KEY, buildSnapshot("env-stream", 2, body));
    expect(await s.next()).toContain('"revision":2');
    s.close();
  });

  it("bounds connections per key and frees them when clients leave", async () => {
    const a = await open(KEY, { "x-test-address": "192.0.2.1" });
    const b = await open(KEY, { "x-test-address": "192.0.2.2" });
    await a.next();
    await b.next();
    const refused = await open(KEY, { "x-test-address": "192.0.2.3" });
    expect(refused.res.statusCode).toBe(503);
    expect(refused.res.headers["retry-after"]).toBe("30");
    a.close();
    b.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(fast.openStreams()).toBe(0);
    const again = await open();
    expect(again.res.statusCode).toBe(200);
    again.close();
  });

  it("bounds connections per address, an IPv6 /64 counting as one, so one address cannot hold a key's slots", async () => {
    putSnapshot("pk_streamtest0003", buildSnapshot("env-stream-3", 1, body));
    const from = (a: string) => open("pk_streamtest0003", { "x-test-address": a });
    const a = await from("2001:db8:1:1::1");
    const b = await from("2001:db8:1:1::2");
    const third = await from("2001:db8:1:1:ffff::9");
    expect(third.res.statusCode).toBe(429);
    expect(third.res.headers["retry-after"]).toBe("60");
    a.close();
    await new Promise((r) => setTimeout(r, 100));
    const other = await from("198.51.100.4");
    expect(other.res.statusCode).toBe(200);
    b.close();
    other.close();
  });

  it("applies the key's allowed-origins list, as the rules do", async () => {
    putSnapshot("pk_streamtest0004", buildSnapshot("env-stream-4", 1, body));
    setAllowedOrigins("env-stream-4", ["https://shop.test"]);
    const stranger = await open("pk_streamtest0004", { Origin: "https://copied-key.test" });
    expect(stranger.res.statusCode).toBe(403);
    const listed = await open("pk_streamtest0004", { Origin: "https://shop.test" });
    expect(listed.res.statusCode).toBe(200);
    listed.close();
    setAllowedOrigins("env-stream-4", []);
  });

  it("ends the stream when the key is rotated away, and 404s unknown keys", async () => {
    const s = await open();
    await s.next();
    putSnapshot("pk_streamtest0002", buildSnapshot("env-stream", 3, body));
    expect(await s.next()).toContain("event: gone");
    expect((await open("pk_streamtest0001")).res.statusCode).toBe(404);
  });
});
