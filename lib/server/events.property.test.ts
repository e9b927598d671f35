// Hostile input against the public events endpoint (#8): whatever arrives, it never answers 5xx
// and never stores an event that would not pass validation. At least 10,000 runs.
import { request, createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriter } from "@/lib/events/batch-writer";
import { EVENT_TYPES, SUPPRESSION_REASONS, sdkEvent } from "@/lib/events/schemas";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { memoryDb } from "@/lib/testing/memory-db";
import { createFastPath } from "./fast-path";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
const KEY = "pk_propertyevents01";
let db: Awaited<ReturnType<typeof memoryDb>>;
let server: Server;
let port = 0;

beforeAll(async () => {
  db = await memoryDb();
  putSnapshot(KEY, buildSnapshot("env-prop", 1, { schemaVersion: 1, settings: { minGapMs: 0 }, campaigns: [] }));
  const fast = createFastPath({
    writer: new BatchWriter({ sql: db.sql, flushIntervalMs: 0 }),
    sdkDir: mkdtempSync(path.join(tmpdir(), "mc-sdk-")),
    eventRates: { perKey: 1e9, perIp: 1e9 },
  });
  server = createServer((req, res) => {
    if (!fast(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await db?.close();
});

const agent = new (await import("node:http")).Agent({ keepAlive: true, maxSockets: 1 });
function post(body: string | Buffer, contentType: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "POST", path: `/api/v1/events/${KEY}`, headers: { "Content-Type": contentType }, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("error", reject);
    req.end(body);
  });
}

// near-valid events: every field sometimes right, sometimes wrong in a hostile way
const hostile = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant("<script>x</script>"), fc.constant("'; DROP TABLE \"Event\"; --"), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const maybe = <T,>(good: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: hostile as fc.Arbitrary<unknown> }), { nil: undefined, freq: 6 });
const nearEvent = fc.record(
  {
    id: maybe(fc.uuid()),
    type: maybe(fc.constantFrom(...EVENT_TYPES)),
    ts: maybe(fc.integer({ min: Date.now() - 8 * 86_400_000, max: Date.now() + 600_000 })),
    campaignId: maybe(fc.string({ minLength: 1, maxLength: 70 })),
    triggerType: maybe(fc.constantFrom(...TRIGGER_TYPES)),
    reason: maybe(fc.constantFrom(...SUPPRESSION_REASONS)),
    url: maybe(fc.webUrl()),
    userId: maybe(fc.string({ maxLength: 300 })),
    sessionId: maybe(fc.string({ maxLength: 70 })),
    extra: fc.option(hostile, { nil: undefined, freq: 8 }),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  { weight: 6, arbitrary: fc.array(nearEvent, { maxLength: 6 }).map((events) => JSON.stringify({ events })) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString("latin1")) },
  { weight: 1, arbitrary: fc.array(nearEvent, { minLength: 101, maxLength: 120 }).map((events) => JSON.stringify({ events })) },
);

describe("POST /api/v1/events under hostile input", () => {
  it(`never answers 5xx and never stores an invalid event (${RUNS} runs)`, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("text/plain", "application/json", "application/x-www-form-urlencoded"), async (b, ct) => {
        const status = await post(b, ct);
        seen.set(status, (seen.get(status) ?? 0) + 1);
        expect([202, 400, 413]).toContain(status);
      }),
      { numRuns: RUNS },
    );
    expect(seen.get(202) ?? 0).toBeGreaterThan(RUNS / 50); // the generator does reach the database
    const rows = await db.sql.query<Record<string, unknown>>(`SELECT * FROM "Event" WHERE "environmentId" = 'env-prop'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const back = Object.fromEntries(
        Object.entries({
          id: r.id,
          type: r.type,
          ts: Math.min(Date.now(), new Date(r.occurredAt as string).getTime()),
          campaignId: r.campaignId,
          triggerType: r.triggerType,
          reason: r.reason,
          url: r.url,
          userId: r.userId,
          sessionId: r.sessionId,
        }).filter(([, v]) => v !== null),
      );
      expect(sdkEvent.safeParse(back).success, JSON.stringify(back)).toBe(true);
    }
  }, 300_000);
});
