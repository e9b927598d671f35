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

  it("counts into exactly the buckets the database's own date_trunc gives, at every edge, with replays mixed in", async () => {
    const w = new BatchWriter({ sql: db.sql });
    const base = Date.UTC(2026, 10, 20, 23, 59, 59, 998); // a minute, an hour and a day end here
    const types = ["detected", "shown", "suppressed", "session"] as const;
    const sent: SdkEvent[] = Array.from({ length: 400 }, (_, i) => {
      const type = types[i % types.length];
      const ts = base + ((i * 7919) % 5000) - 1000 + (i % 3); // ±1 s around midnight, to the ms
      return type === "session"
        ? ({ id: randomUUID(), type, ts } as SdkEvent)
        : ({ id: randomUUID(), type, ts, campaignId: `c${i % 3}`, triggerType: "http_error", reason: type === "suppressed" ? "cap" : undefined } as SdkEvent);
    });
    const envs = ["edge-a", "edge-b"];
    await Promise.all([w.write(envs[0], sent.slice(0, 250)), w.write(envs[1], sent.slice(250)), w.write(envs[0], sent.slice(100, 150))]);
    const recount = await db.sql.query<{ diff: number }>(
      `WITH truth AS (
         SELECT g.gran, date_trunc(g.gran::text, e."occurredAt") AS b, e."environmentId" AS env, coalesce(e."campaignId", '') AS cid,
                coalesce(e."triggerType", '') AS tt, e."type" AS et, coalesce(e."reason", '') AS rs, count(*)::int AS n
         FROM "Event" e CROSS JOIN (VALUES ('minute'::"RollupGranularity"), ('hour'), ('day')) AS g(gran)
         WHERE e."environmentId" = ANY($1) GROUP BY 1, 2, 3, 4, 5, 6, 7),
       stored AS (
         SELECT "granularity" AS gran, "bucketStart" AS b, "environmentId" AS env, "campaignId" AS cid, "triggerType" AS tt, "eventType" AS et, "reason" AS rs, "count" AS n
         FROM "Rollup" WHERE "environmentId" = ANY($1))
       SELECT count(*)::int AS diff FROM ((TABLE truth EXCEPT TABLE stored) UNION ALL (TABLE stored EXCEPT TABLE truth)) d`,
      [envs],
    );
    expect(recount[0].diff).toBe(0);
    const [{ n, buckets }] = await db.sql.query<{ n: number; buckets: number }>(
      `SELECT (SELECT count(*)::int FROM "Event" WHERE "environmentId" = ANY($1)) AS n,
              (SELECT count(DISTINCT "bucketStart")::int FROM "Rollup" WHERE "environmentId" = ANY($1) AND "granularity" = 'day') AS buckets`,
      [envs],
    );
    expect(n).toBe(400);
    expect(buckets).toBe(2);
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
