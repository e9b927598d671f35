import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "@/lib/testing/memory-db";
import { BatchWriter, QueueFullError } from "./batch-writer";
import type { SdkEvent } from "./schemas";

let db: Awaited<ReturnType<typeof memoryDb>>;

beforeAll(async () => {
  db = await memoryDb();
});
afterAll(async () => {
  await db?.close();
});

const at = Date.UTC(2026, 10, 26, 10, 15, 30);
function ev(type: SdkEvent["type"], extra: Partial<SdkEvent> = {}): SdkEvent {
  return { id: randomUUID(), type, ts: at, campaignId: "c1", triggerType: "http_error", ...extra } as SdkEvent;
}

async function rollup(granularity: string, eventType: string) {
  const rows = await db.sql.query<{ count: number; bucket: string }>(
    `SELECT "count", to_char("bucketStart", 'YYYY-MM-DD HH24:MI') AS bucket FROM "Rollup"
     WHERE "granularity" = $1 AND "eventType" = $2 AND "environmentId" = 'env1'`,
    [granularity, eventType],
  );
  return rows;
}

describe("BatchWriter", () => {
  it("stores events, rolls them up per minute, hour and day, and never double counts replays", async () => {
    const w = new BatchWriter({ sql: db.sql });
    const batch = [ev("shown"), ev("shown"), ev("detected")];
    const first = await w.write("env1", batch);
    expect(first).toEqual({ accepted: 3, duplicates: 0 });
    const replay = await w.write("env1", [batch[0], ev("shown")]);
    expect(replay).toEqual({ accepted: 1, duplicates: 1 });

    expect(await rollup("minute", "shown")).toEqual([{ count: 3, bucket: "2026-11-26 10:15" }]);
    expect(await rollup("hour", "shown")).toEqual([{ count: 3, bucket: "2026-11-26 10:00" }]);
    expect(await rollup("day", "detected")).toEqual([{ count: 1, bucket: "2026-11-26 00:00" }]);
    const [{ n }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event"`);
    expect(n).toBe(4);
  });

  it("answers concurrent writers from one transaction each with their own counts", async () => {
    const w = new BatchWriter({ sql: db.sql, flushIntervalMs: 50 });
    const shared = ev("clicked");
    const [a, b] = await Promise.all([w.write("env1", [shared, ev("clicked")]), w.write("env1", [shared])]);
    expect(a.accepted + b.accepted).toBe(2);
    expect(a.duplicates + b.duplicates).toBe(1);
    expect(await rollup("minute", "clicked")).toEqual([{ count: 2, bucket: "2026-11-26 10:15" }]);
  });

  it("refuses work instead of growing without bound when the queue is full", async () => {
    const w = new BatchWriter({ sql: db.sql, maxQueued: 3, flushIntervalMs: 1000 });
    const pending = w.write("env1", [ev("session"), ev("session")]);
    await expect(w.write("env1", [ev("session"), ev("session")])).rejects.toBeInstanceOf(QueueFullError);
    await w.flush();
    expect(await pending).toEqual({ accepted: 2, duplicates: 0 });
  });
});

describe("BatchWriter under concurrent producers", () => {
  it("acknowledges every write even when writes arrive while a flush is finishing", async () => {
    // 50 producers writing back to back for a second: writes land at every point of a flush's life
    const w = new BatchWriter({ sql: db.sql });
    let acknowledged = 0;
    const until = Date.now() + 1000;
    const producers = Array.from({ length: 50 }, async () => {
      while (Date.now() < until) {
        const r = await w.write("env-concurrent", Array.from({ length: 20 }, () => ev("shown")));
        acknowledged += r.accepted; // not `x += await …`: that reads x before the await
      }
    });
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("a write was never acknowledged")), 15_000)));
    await Promise.race([Promise.all(producers), stalled]);
    clearTimeout(timer);
    const [{ n }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'env-concurrent'`);
    expect(n).toBe(acknowledged);
    expect(w.depth).toBe(0);
  }, 30_000);
});
