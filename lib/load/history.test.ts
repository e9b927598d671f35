import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb } from "@/lib/testing/memory-db";
import { generateHistory } from "./history";

let db: Awaited<ReturnType<typeof memoryDb>>;
beforeAll(async () => {
  db = await memoryDb();
});
afterAll(async () => {
  await db?.close();
});

describe("generateHistory (npm run load)", () => {
  it("writes the asked number of events in the past, with rollups that add up to exactly them", async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0);
    const progress: number[] = [];
    await generateHistory(db.sql, {
      environmentId: "env-load",
      campaigns: [
        { id: "a", triggerType: "http_error" },
        { id: "b", triggerType: "js_error" },
      ],
      events: 5_000,
      days: 7,
      now,
      chunk: 2_000,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([2_000, 4_000, 5_000]);
    const [span] = await db.sql.query<{ n: number; first: Date; last: Date }>(
      `SELECT count(*)::int AS n, min("occurredAt") AS first, max("occurredAt") AS last FROM "Event" WHERE "environmentId" = 'env-load'`,
    );
    expect(span.n).toBe(5_000);
    expect(new Date(span.last).getTime()).toBeLessThan(now);
    expect(new Date(span.first).getTime()).toBeGreaterThanOrEqual(now - 8 * 86_400_000);
    const byType = await db.sql.query<{ type: string; events: number; minute: number; day: number }>(
      `SELECT e."type", count(*)::int AS events,
              (SELECT sum("count")::int FROM "Rollup" r WHERE r."environmentId" = 'env-load' AND r."eventType" = e."type" AND r."granularity" = 'minute') AS minute,
              (SELECT sum("count")::int FROM "Rollup" r WHERE r."environmentId" = 'env-load' AND r."eventType" = e."type" AND r."granularity" = 'day') AS day
       FROM "Event" e WHERE e."environmentId" = 'env-load' GROUP BY 1 ORDER BY 1`,
    );
    expect(byType.map((r) => r.type)).toEqual(["clicked", "detected", "dismissed", "session", "shown", "suppressed"]);
    for (const r of byType) expect([r.minute, r.day]).toEqual([r.events, r.events]);
    const [odd] = await db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'env-load'
       AND (("type" = 'suppressed') <> ("reason" IS NOT NULL) OR ("type" = 'session') <> ("campaignId" IS NULL))`,
    );
    expect(odd.n).toBe(0); // reasons only on suppressed events, campaigns on everything but sessions
  });
});
