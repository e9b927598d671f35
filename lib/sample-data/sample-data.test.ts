// Sample data (issue #17): the demo workspace gets two weeks of it, a customer's workspace never;
// removing it takes away exactly what it added, real counts untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemoWorkspace } from "@/lib/demo/seed";
import { ensureDayPartitions } from "@/lib/events/partitions";
import { pruneOldData } from "@/lib/stats/retention";
import { memoryDb, useAsProcessDb, type TestDb } from "@/lib/testing/memory-db";
import { clearSampleData, hasSampleData, loadSampleData, SAMPLE_EVENTS } from "./index";

let t: TestDb;
let restoreDb = () => {};
let demo = "";
let env = "";
const now = Date.UTC(2026, 10, 29, 18, 0);

const rollupTotals = async () =>
  Object.fromEntries(
    (await t.sql.query<{ k: string; n: number }>(`SELECT "granularity" || ':' || "eventType" AS k, sum("count")::int AS n FROM "Rollup" WHERE "environmentId" = $1 GROUP BY 1 ORDER BY 1`, [env])).map((r) => [r.k, r.n]),
  );

beforeAll(async () => {
  t = await memoryDb();
  restoreDb = useAsProcessDb(t);
  demo = (await ensureDemoWorkspace(t.prisma)).id;
  env = (await t.prisma.environment.findFirstOrThrow({ where: { workspaceId: demo, name: "production" } })).id;
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w_customer','Customer','customer', now())`);
  // a real apology already counted (as ingestion writes it): it must survive removal
  await ensureDayPartitions(t.sql, [now - 3_600_000]);
  await t.sql.query(`INSERT INTO "Event" ("id","environmentId","type","occurredAt") VALUES (gen_random_uuid(), $1, 'shown', $2)`, [env, new Date(now - 3_600_000)]);
  await t.sql.query(
    `INSERT INTO "Rollup" ("granularity","bucketStart","environmentId","eventType","count") SELECT g, date_trunc(g::text, $2::timestamp), $1, 'shown', 1 FROM unnest(ARRAY['minute','hour','day']::"RollupGranularity"[]) g`,
    [env, new Date(now - 3_600_000)],
  );
}, 60_000);
afterAll(async () => {
  restoreDb();
  await t?.close();
});

describe("sample data", () => {
  it("is refused for any workspace but the demo", async () => {
    await expect(loadSampleData("w_customer", now)).rejects.toMatchObject({ status: 403, message: expect.stringContaining("only for the demo workspace") });
    expect(await hasSampleData("w_customer")).toBe(false);
  });

  it("loads two weeks into the demo, mostly sessions, labelled as sample, and only once", async () => {
    // a campaign someone made today gets no invented past
    const trigger = await t.prisma.trigger.create({ data: { workspaceId: demo, name: "New", type: "custom", config: { type: "custom", name: "new_failure" } } });
    const fresh = await t.prisma.campaign.create({
      data: { workspaceId: demo, name: "Made today", triggerId: trigger.id, createdAt: new Date(Date.now() + 3_600_000), message: { title: "Sorry" }, caps: { perSession: 0 } },
    });
    const before = await rollupTotals();
    expect(await loadSampleData(demo, now)).toBe(SAMPLE_EVENTS);
    expect(await hasSampleData(demo)).toBe(true);
    const [span] = await t.sql.query<{ first: Date; last: Date; sample: number; shown: number; sessions: number }>(
      `SELECT min("occurredAt") FILTER (WHERE "sample") AS first, max("occurredAt") FILTER (WHERE "sample") AS last, count(*) FILTER (WHERE "sample")::int AS sample,
              count(*) FILTER (WHERE "type" = 'shown' AND "sample")::int AS shown, count(*) FILTER (WHERE "type" = 'session')::int AS sessions
       FROM "Event" WHERE "environmentId" = $1`,
      [env],
    );
    // fourteen days up to now (the daytime curve may reach a few hours into a fifteenth), none in the future
    expect(now - new Date(span.first).getTime()).toBeGreaterThan(13 * 86_400_000);
    expect(now - new Date(span.first).getTime()).toBeLessThan(15 * 86_400_000);
    expect(new Date(span.last).getTime()).toBeLessThan(now);
    expect(span.sample).toBe(SAMPLE_EVENTS);
    // a real-looking rate: tens of apologies per 1,000 sessions, not hundreds
    expect((span.shown / span.sessions) * 1000).toBeGreaterThan(5);
    expect((span.shown / span.sessions) * 1000).toBeLessThan(50);
    const after = await rollupTotals();
    expect(after["day:shown"] - before["day:shown"]).toBe(span.shown);
    await expect(loadSampleData(demo, now)).rejects.toMatchObject({ status: 409 });
    const [mine] = await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE "campaignId" = $1`, [fresh.id]);
    expect(mine.n).toBe(0);
  });

  it("follows the rollups' retention: no minute rows of sample data outlive the minute rollups they mirror", async () => {
    const later = now + 7 * 86_400_000;
    const old = async (table: string) =>
      (await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "environmentId" = $1 AND "granularity" = 'minute' AND "bucketStart" < $2`, [env, new Date(later - 14 * 86_400_000)]))[0].n;
    expect(await old("SampleRollup")).toBeGreaterThan(0);
    await pruneOldData(t.sql, { eventRetentionDays: 30, now: later });
    expect(await old("Rollup")).toBe(0);
    expect(await old("SampleRollup")).toBe(0);
  });

  it("is removed exactly: the counts are what they were before, the real apology included", async () => {
    const removed = await clearSampleData(demo);
    expect(removed).toBe(SAMPLE_EVENTS);
    expect(await hasSampleData(demo)).toBe(false);
    expect(await rollupTotals()).toEqual({ "day:shown": 1, "hour:shown": 1, "minute:shown": 1 });
    const [left] = await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = $1`, [env]);
    expect(left.n).toBe(1);
    expect(await clearSampleData(demo)).toBe(0); // twice is harmless
  });
});
