// Raw events by day (#28): each event lands in its day's partition, a replay is refused whatever
// day its retry claims, and retention drops whole days while events keep arriving.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb, type TestDb } from "@/lib/testing/memory-db";
import { pruneOldData, DEDUPE_DAYS } from "@/lib/stats/retention";
import { BatchWriter } from "./batch-writer";
import { listDayPartitions, partitionName, PARTITION_SCHEMA } from "./partitions";
import type { SdkEvent } from "./schemas";

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7, 12, 0);
let t: TestDb;

beforeAll(async () => {
  t = await memoryDb();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const shown = (ts: number, id: string = randomUUID()): SdkEvent => ({ id, type: "shown", ts, campaignId: "c1", triggerType: "http_error" }) as SdkEvent;
const count = async (sql: string, params: unknown[] = []) => (await t.sql.query<{ n: number }>(sql, params))[0].n;

describe("events stored by day", () => {
  it("puts each event in its UTC day's partition, created on demand for a day nobody wrote to", async () => {
    const w = new BatchWriter({ sql: t.sql });
    const days = [now - 6 * DAY, now - 2 * DAY, now - 2 * DAY + 3_600_000, now];
    expect(await w.write("env-days", days.map((ts) => shown(ts)))).toEqual({ accepted: 4, duplicates: 0 });
    const inTwoDaysAgo = await count(`SELECT count(*)::int AS n FROM "${PARTITION_SCHEMA}"."${partitionName(now - 2 * DAY - 12 * 3_600_000)}"`);
    expect(inTwoDaysAgo).toBe(2);
    const names = (await listDayPartitions(t.sql)).map((p) => p.name);
    expect(names).toContain("Event_20261201");
    expect(names).toContain("Event_20261207");
    // the table the charts never read still answers as one table
    expect(await count(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'env-days'`)).toBe(4);
  });

  it("refuses a replay whose retry claims another time, even another day's partition", async () => {
    const w = new BatchWriter({ sql: t.sql });
    const id = randomUUID();
    const midnight = Date.UTC(2026, 11, 6);
    expect(await w.write("env-replay", [shown(midnight - 1, id)])).toEqual({ accepted: 1, duplicates: 0 });
    // the browser's clock moved between the two sends: the corrected time lands a millisecond later, after midnight
    expect(await w.write("env-replay", [shown(midnight, id)])).toEqual({ accepted: 0, duplicates: 1 });
    // two instances receiving the same event at once: one stores it
    const a = new BatchWriter({ sql: t.sql });
    const b = new BatchWriter({ sql: t.sql });
    const twice = randomUUID();
    const [ra, rb] = await Promise.all([a.write("env-replay", [shown(midnight + 5, twice)]), b.write("env-replay", [shown(midnight - 5, twice)])]);
    expect(ra.accepted + rb.accepted).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'env-replay'`)).toBe(2);
    const [{ n: day }] = await t.sql.query<{ n: number }>(`SELECT sum("count")::int AS n FROM "Rollup" WHERE "environmentId" = 'env-replay' AND "granularity" = 'day'`);
    expect(day).toBe(2);
  });

  it("retention drops whole old days while events keep arriving, and keeps every newer event", async () => {
    const env = "env-retention";
    const w = new BatchWriter({ sql: t.sql });
    // 40, 35, 31, 29 and 1 days old
    const ages = [40, 35, 31, 29, 1];
    await w.write(env, ages.map((d) => shown(now - d * DAY)));
    const before = (await listDayPartitions(t.sql)).length;
    // a writer keeps storing today's events while retention runs
    let stop = false;
    let written = 0;
    const writing = (async () => {
      while (!stop) written += (await w.write(env, Array.from({ length: 20 }, () => shown(now - Math.floor(Math.random() * 3_600_000))))).accepted;
    })();
    const r = await pruneOldData(t.sql, { eventRetentionDays: 30, now });
    stop = true;
    await writing;
    // the 40-, 35- and 31-day-old days end before the cutoff; the 29-day-old stays
    expect(r.partitions).toBeGreaterThanOrEqual(3);
    expect(r.events).toBe(3);
    expect((await listDayPartitions(t.sql)).length).toBeLessThan(before);
    expect(written).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = $1`, [env])).toBe(2 + written);
    // rollups are not raw events: the day counts of the dropped days remain for the charts
    expect(await count(`SELECT sum("count")::int AS n FROM "Rollup" WHERE "environmentId" = $1 AND "granularity" = 'day'`, [env])).toBe(5 + written);
  });

  it("a late event for a day another instance just dropped makes the day again instead of failing", async () => {
    const w = new BatchWriter({ sql: t.sql });
    const day = now - 3 * DAY;
    await w.write("env-late", [shown(day)]);
    // another instance's retention (this process still believes the day exists)
    await t.sql.query(`ALTER TABLE "Event" DETACH PARTITION "${PARTITION_SCHEMA}"."${partitionName(day)}"`);
    await t.sql.query(`DROP TABLE "${PARTITION_SCHEMA}"."${partitionName(day)}"`);
    expect(await w.write("env-late", [shown(day + 60_000)])).toEqual({ accepted: 1, duplicates: 0 });
    expect(await count(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'env-late'`)).toBe(1);
  });

  it("forgets replay ids after the days an event may arrive late, and only those", async () => {
    await t.sql.query(`INSERT INTO "EventId" ("id","receivedOn") VALUES ($1, $2::date), ($3, $4::date)`, [
      randomUUID(),
      new Date(now - (DEDUPE_DAYS + 1) * DAY).toISOString().slice(0, 10),
      randomUUID(),
      new Date(now - (DEDUPE_DAYS - 1) * DAY).toISOString().slice(0, 10),
    ]);
    const old = await count(`SELECT count(*)::int AS n FROM "EventId" WHERE "receivedOn" < $1::date`, [new Date(now - DEDUPE_DAYS * DAY).toISOString().slice(0, 10)]);
    expect(old).toBeGreaterThan(0);
    const r = await pruneOldData(t.sql, { eventRetentionDays: 30, now });
    expect(r.ids).toBe(old);
    expect(await count(`SELECT count(*)::int AS n FROM "EventId" WHERE "receivedOn" < $1::date`, [new Date(now - DEDUPE_DAYS * DAY).toISOString().slice(0, 10)])).toBe(0);
  });

  it("creates the coming days' partitions ahead", async () => {
    await pruneOldData(t.sql, { eventRetentionDays: 30, now });
    const names = (await listDayPartitions(t.sql)).map((p) => p.name);
    for (const d of [0, 1, 2, 3]) expect(names).toContain(partitionName(now + d * DAY));
  });
});
