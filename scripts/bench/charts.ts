// Chart queries over a large history: the weekly view (7 days per hour) and the live hour (per
// minute) read from rollups, against the same answers computed from raw events in the same run.
// The history (BENCH_EVENTS, default 10M, over 30 days) is generated once into .bench-data and
// reused by later runs: generating 10M events takes minutes.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateHistory } from "@/lib/load/history";
import { getSeries, statsQuery } from "@/lib/stats/series";
import { getWeeklySummary } from "@/lib/stats/weekly";
import { benchDb } from "./bench-db";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const DAYS = 30;
const RUNS = 15;

async function timed(f: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await f(); // warm caches the way a dashboard someone keeps open would be
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await f();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.min(t.length - 1, Math.ceil(t.length * 0.95) - 1)] };
}

const ms = (x: { median: number; p95: number }) => `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms`;

export async function benchCharts(): Promise<string[]> {
  const dir = path.resolve(".bench-data", `history-${EVENTS}`);
  // PostgreSQL is regenerated every run (the marker only describes the PGlite directory)
  const fresh = !existsSync(path.join(dir, "complete")) || !!process.env.DATABASE_URL;
  mkdirSync(dir, { recursive: true });
  const db = await benchDb(path.join(dir, "pglite"));
  try {
    const now = Date.now();
    if (fresh) {
      await db.sql.query(`DELETE FROM "Event" WHERE "environmentId" = 'envh'`);
      await db.sql.query(`DELETE FROM "Rollup" WHERE "environmentId" = 'envh'`);
      await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wh','H','history', now()) ON CONFLICT DO NOTHING`);
      await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('envh','wh','production','pk_history0000001') ON CONFLICT DO NOTHING`);
      const started = Date.now();
      await generateHistory(db.sql, {
        environmentId: "envh",
        campaigns: ["http_error", "slow_request", "js_error", "resource_error", "media_stall", "rage_click"].map((t, i) => ({ id: `hc${i}`, triggerType: t })),
        events: EVENTS,
        days: DAYS,
        chunk: 250_000,
        onProgress: (d, t) => process.stderr.write(`\rcharts: generating history ${Math.floor((d / t) * 100)}%`),
      });
      process.stderr.write(`\rcharts: generated ${EVENTS} events in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      await db.sql.query(`ANALYZE`);
      if (!process.env.DATABASE_URL) writeFileSync(path.join(dir, "complete"), String(now));
    }
    const [{ n }] = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Event" WHERE "environmentId" = 'envh'`);
    const weekFrom = new Date(now - 7 * 86_400_000).toISOString();
    const hourFrom = new Date(now - 3_600_000).toISOString();
    const to = new Date(now).toISOString();
    const weekRollup = await timed(() => getSeries(db.sql, "wh", statsQuery.parse({ from: weekFrom, to, interval: "hour" })));
    // the same series computed from raw events, the baseline each rollup query is compared with
    const raw = (unit: "hour" | "minute", from: string) => () =>
      db.sql.query(
        `SELECT date_trunc('${unit}', "occurredAt") AS b, count(*) FROM "Event"
         WHERE "environmentId" = 'envh' AND "type" = 'shown' AND "occurredAt" >= $1 AND "occurredAt" < $2 GROUP BY 1`,
        [new Date(from), new Date(to)],
      );
    const weekRaw = await timed(raw("hour", weekFrom));
    const liveRollup = await timed(() => getSeries(db.sql, "wh", statsQuery.parse({ from: hourFrom, to, interval: "minute" })));
    const liveRaw = await timed(raw("minute", hourFrom));
    const weekly = await timed(() => getWeeklySummary(db.sql, "wh", { env: "production" }));
    const byCampaign = await timed(() => getSeries(db.sql, "wh", statsQuery.parse({ from: new Date(now - 30 * 86_400_000).toISOString(), to, interval: "day", groupBy: "campaign" })));
    return [
      `charts (${db.kind}, ${Number(n).toLocaleString("en")} raw events over ${DAYS} days${fresh ? "" : ", history reused from .bench-data"}):`,
      `  7 days per hour: rollups ${ms(weekRollup)} | raw events ${ms(weekRaw)} | ratio ${(weekRollup.median / weekRaw.median).toFixed(3)} | budget < 50 ms`,
      `  live hour per minute: rollups ${ms(liveRollup)} | raw events ${ms(liveRaw)} | ratio ${(liveRollup.median / liveRaw.median).toFixed(3)}`,
      `  weekly report (this week vs last, per campaign and trigger): ${ms(weekly)}`,
      `  30 days per day by campaign: ${ms(byCampaign)}`,
    ];
  } finally {
    await db.close();
  }
}
