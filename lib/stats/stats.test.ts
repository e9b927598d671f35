import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchWriter } from "@/lib/events/batch-writer";
import type { SdkEvent } from "@/lib/events/schemas";
import { memoryDb } from "@/lib/testing/memory-db";
import { weekStart } from "./buckets";
import { getSeries, MIN_SESSIONS_FOR_RATE, rates, statsQuery, toCsv } from "./series";
import { getWeeklySummary } from "./weekly";

let db: Awaited<ReturnType<typeof memoryDb>>;
let writer: BatchWriter;
// Thursday 2026-11-26 15:30 UTC; its week starts Monday 2026-11-23
const now = Date.UTC(2026, 10, 26, 15, 30);

function ev(type: SdkEvent["type"], ts: number, extra: Partial<SdkEvent> = {}): SdkEvent {
  return { id: randomUUID(), type, ts, sessionId: "s", ...extra } as SdkEvent;
}
const shown = (ts: number, campaignId: string, triggerType: SdkEvent["triggerType"]) => ev("shown", ts, { campaignId, triggerType });

beforeAll(async () => {
  db = await memoryDb();
  writer = new BatchWriter({ sql: db.sql });
  await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w1','W','w', now())`);
  await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('env1','w1','production','pk_1'), ('env2','w1','staging','pk_2')`);
  await db.sql.query(`INSERT INTO "Trigger" ("id","workspaceId","name","type","config","updatedAt") VALUES ('t1','w1','T','http_error','{}', now())`);
  await db.sql.query(
    `INSERT INTO "Campaign" ("id","workspaceId","name","triggerId","message","updatedAt") VALUES ('c1','w1','=Checkout down','t1','{}', now()), ('c2','w1','Search','t1','{}', now())`,
  );
  const events: SdkEvent[] = [];
  // this week (Mon 23 – Thu 26 15:30): c1 ×5 http_error, c2 ×2 slow_request, 4 sessions
  for (let i = 0; i < 5; i++) events.push(shown(Date.UTC(2026, 10, 24, 9, i), "c1", "http_error"));
  events.push(shown(Date.UTC(2026, 10, 26, 14, 0), "c2", "slow_request"), shown(Date.UTC(2026, 10, 26, 15, 10), "c2", "slow_request"));
  for (let i = 0; i < 4; i++) events.push(ev("session", Date.UTC(2026, 10, 24, 8, i)));
  events.push(ev("detected", Date.UTC(2026, 10, 24, 9, 0), { campaignId: "c1", triggerType: "http_error" }));
  events.push(ev("suppressed", Date.UTC(2026, 10, 24, 9, 0), { campaignId: "c1", triggerType: "http_error", reason: "cap" }));
  // last week: c1 ×1, c2 ×6 before the same elapsed time (Thu 19 15:30), and c2 ×10 after it
  events.push(shown(Date.UTC(2026, 10, 17, 9, 0), "c1", "http_error"));
  for (let i = 0; i < 6; i++) events.push(shown(Date.UTC(2026, 10, 18, 9, i), "c2", "slow_request"));
  for (let i = 0; i < 10; i++) events.push(shown(Date.UTC(2026, 10, 20, 9, i), "c2", "slow_request"));
  for (let i = 0; i < 2; i++) events.push(ev("session", Date.UTC(2026, 10, 17, 8, i)));
  // staging is counted apart
  events.push(shown(Date.UTC(2026, 10, 24, 9, 0), "c1", "http_error"));
  const prod = events.slice(0, -1);
  await writer.write("env1", prod);
  await writer.write("env2", events.slice(-1));
});
afterAll(async () => {
  await db?.close();
});

describe("weekly summary", () => {
  it("compares this week so far with the same elapsed time of last week, per campaign and trigger", async () => {
    const s = await getWeeklySummary(db.sql, "w1", { env: "production", now });
    expect(s.weekStart).toBe("2026-11-23T00:00:00.000Z");
    expect(s.partial).toBe(true);
    // up to now, never a time still to come: whole hours, then the minutes of the hour in progress
    expect(s.comparedUntil).toBe("2026-11-26T15:30:00.000Z");
    expect(s.totals.shown).toMatchObject({ thisWeek: 7, lastWeek: 7, change: 0 });
    expect(s.totals.detected.thisWeek).toBe(1);
    expect(s.totals.suppressed.thisWeek).toBe(1);
    expect(s.totals.sessions).toMatchObject({ thisWeek: 4, lastWeek: 2 });
    expect(s.totals.rate).toEqual({ thisWeek: 1750, lastWeek: 3500 });
    expect(s.campaigns.map((c) => [c.label, c.thisWeek, c.lastWeek])).toEqual([
      ["=Checkout down", 5, 1],
      ["Search", 2, 6],
    ]);
    expect(s.campaigns[0].daily).toEqual([0, 5, 0, 0]); // Monday to Thursday so far
    // the chart: this week's days so far against last week's whole days (Friday's 10 included)
    expect(s.days.map((d) => [d.day.slice(5), d.thisWeek, d.lastWeek, d.partial])).toEqual([
      ["11-23", 0, 0, false],
      ["11-24", 5, 1, false],
      ["11-25", 0, 6, false],
      ["11-26", 2, 0, true],
      ["11-27", null, 10, false],
      ["11-28", null, 0, false],
      ["11-29", null, 0, false],
    ]);
    expect(s.triggers.map((c) => [c.key, c.thisWeek, c.lastWeek])).toEqual([
      ["http_error", 5, 1],
      ["slow_request", 2, 6],
    ]);
    expect(s.movers.up.map((m) => [m.kind, m.key, m.change])).toEqual([
      ["campaign", "c1", 4],
      ["trigger", "http_error", 4],
    ]);
    expect(s.movers.down.map((m) => m.change)).toEqual([-4, -4]);
    expect(s.previousWeek).toBe("2026-11-16");
    expect(s.nextWeek).toBeNull();
  });

  it("reports a finished week whole, with a link forward", async () => {
    const s = await getWeeklySummary(db.sql, "w1", { env: "production", week: "2026-11-19", now });
    expect(s.partial).toBe(false);
    expect(s.totals.shown.thisWeek).toBe(17);
    expect(s.nextWeek).toBe("2026-11-23");
  });

  it("keeps environments apart and refuses weeks that have not started", async () => {
    const s = await getWeeklySummary(db.sql, "w1", { env: "staging", now });
    expect(s.totals.shown.thisWeek).toBe(1);
    await expect(getWeeklySummary(db.sql, "w1", { env: "production", week: "2026-12-07", now })).rejects.toThrow(/not started/);
  });
});

describe("series", () => {
  const q = (p: Record<string, string>) => statsQuery.parse(p);

  it("splits by campaign per day with zero-filled buckets and totals", async () => {
    const r = await getSeries(db.sql, "w1", q({ from: "2026-11-23T00:00:00Z", to: "2026-11-27T00:00:00Z", interval: "day", groupBy: "campaign" }));
    expect(r.buckets).toHaveLength(4);
    expect(r.series.map((s) => [s.label, s.values, s.total])).toEqual([
      ["=Checkout down", [0, 5, 0, 0], 5],
      ["Search", [0, 0, 0, 2], 2],
    ]);
    expect(r.sessions).toEqual([0, 4, 0, 0]);
  });

  it("shows detected vs shown vs suppressed, and rates per 1,000 sessions", async () => {
    const byType = await getSeries(db.sql, "w1", q({ from: "2026-11-24T00:00:00Z", to: "2026-11-25T00:00:00Z", interval: "day", groupBy: "type", type: "detected,shown,suppressed" }));
    expect(Object.fromEntries(byType.series.map((s) => [s.key, s.total]))).toEqual({ shown: 5, detected: 1, suppressed: 1 });
    const rate = await getSeries(db.sql, "w1", q({ from: "2026-11-24T00:00:00Z", to: "2026-11-25T00:00:00Z", interval: "day", metric: "rate" }));
    // 5 apologies in 4 sessions is no rate to plot: too few sessions
    expect(rate.series[0]).toMatchObject({ values: [null], counts: [5], total: 1250 });
    expect(rate.minSessions).toBe(MIN_SESSIONS_FOR_RATE);
    expect(rates([5, 2, 0], [4, 40, 30])).toEqual([null, 50, 0]);
  });

  it("chooses an interval that fits the range, and names what is wrong with a bad query", () => {
    expect(q({ from: "2026-11-26T00:00:00Z", to: "2026-11-26T03:00:00Z" }).interval).toBe("minute");
    expect(q({ from: "2026-11-19T00:00:00Z", to: "2026-11-26T00:00:00Z" }).interval).toBe("hour");
    expect(q({ from: "2026-08-26T00:00:00Z", to: "2026-11-26T00:00:00Z" }).interval).toBe("day");
    const bad = (p: Record<string, string>) => statsQuery.safeParse(p).error?.issues[0];
    expect(bad({ type: "shown,bogus" })?.path).toEqual(["type", 1]);
    expect(bad({ from: "yesterday" })?.path).toEqual(["from"]);
    expect(bad({ from: "2026-11-26T00:00:00Z", to: "2026-11-25T00:00:00Z" })?.message).toMatch(/before to/);
    expect(bad({ from: "2026-01-01T00:00:00Z", to: "2026-11-25T00:00:00Z", interval: "minute" })?.path).toEqual(["interval"]);
  });

  it("exports what is on screen as CSV, with formula-looking names defused", async () => {
    const r = await getSeries(db.sql, "w1", q({ from: "2026-11-24T00:00:00Z", to: "2026-11-25T00:00:00Z", interval: "day", groupBy: "campaign" }));
    expect(toCsv(r)).toBe(`bucket_start_utc,"'=Checkout down",sessions,partial\n2026-11-24T00:00:00.000Z,5,4,false\n`);
    const rate = await getSeries(db.sql, "w1", q({ from: "2026-11-24T00:00:00Z", to: "2026-11-25T00:00:00Z", interval: "day", metric: "rate" }));
    expect(toCsv(rate).split("\n")[1]).toBe("2026-11-24T00:00:00.000Z,,4,false"); // no rate for 4 sessions: an empty cell
  });
});

it("weeks start on Monday UTC", () => {
  expect(new Date(weekStart(Date.UTC(2026, 10, 29, 23, 59))).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  expect(new Date(weekStart(Date.UTC(2026, 10, 30, 0, 0))).toISOString()).toBe("2026-11-30T00:00:00.000Z");
});
