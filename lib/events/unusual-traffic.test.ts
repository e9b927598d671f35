import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb, type TestDb } from "@/lib/testing/memory-db";
import { flushUnusualTraffic, judgeMinute, noteSenders, UNUSUAL } from "./unusual-traffic";

let t: TestDb;
beforeAll(async () => {
  t = await memoryDb();
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w','W','w', now())`);
  for (const id of ["forged", "busy"]) await t.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ($1,'w',$2,$3)`, [id, id === "forged" ? "production" : "staging", `pk_${id}`]);
});
afterAll(() => t?.close());

const minute = Date.UTC(2026, 11, 7, 15, 42);

describe("unusual traffic", () => {
  it("flags a minute when a few addresses sent most of enough events, and nothing else", () => {
    expect(judgeMinute(minute, 1000, [400, 300, 10, 10])).toMatchObject({ events: 1000, addresses: 3, share: 0.71 });
    expect(judgeMinute(minute, 1000, Array(100).fill(10))).toBeNull(); // many visitors
    expect(judgeMinute(minute, UNUSUAL.minEvents - 1, [UNUSUAL.minEvents - 1])).toBeNull(); // too few to judge
  });

  it("counts an IPv6 /64 as one sender, and writes the unusual minute to its environment", async () => {
    // forged: 600 events from addresses all in one /64; busy: 600 from 300 different addresses
    for (let i = 0; i < 60; i++) noteSenders("forged", `2001:db8:66:1::${i.toString(16)}`, 10, minute + 1000);
    for (let i = 0; i < 300; i++) noteSenders("busy", `198.51.${i % 250}.${i}`, 2, minute + 1000);
    expect(await flushUnusualTraffic(t.sql, minute + 2000)).toBe(1);
    const rows = await t.sql.query<{ id: string; unusualTraffic: unknown; unusualTrafficAt: Date | null }>(`SELECT "id", "unusualTraffic", "unusualTrafficAt" FROM "Environment" ORDER BY "id"`);
    expect(rows.find((r) => r.id === "busy")?.unusualTrafficAt).toBeNull();
    expect(rows.find((r) => r.id === "forged")?.unusualTraffic).toEqual({ minute: new Date(minute).toISOString(), events: 600, addresses: 1, share: 1 });
  });
  it("sees a flood that straddles a minute's edge", async () => {
    // 300 events half a second before a minute's edge and 300 half a second after: neither minute
    // alone reaches 500, the two together do
    const edge = Date.UTC(2026, 11, 7, 16, 0);
    noteSenders("forged", "203.0.113.10", 300, edge + 60_000 - 500);
    noteSenders("forged", "203.0.113.10", 300, edge + 60_000 + 500);
    expect(await flushUnusualTraffic(t.sql, edge + 61_000)).toBeGreaterThan(0);
    const [row] = await t.sql.query<{ unusualTraffic: { events: number } }>(`SELECT "unusualTraffic" FROM "Environment" WHERE "id" = 'forged'`);
    expect(row.unusualTraffic.events).toBe(600);
  });

});
