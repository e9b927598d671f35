// Realistic apology history, generated inside the database: each row is a failure that was
// detected and then shown (70 %) or suppressed with a reason, some shown ones dismissed or
// clicked, plus sessions; spread over D days with a daytime peak. Events and their rollups are
// written in the same transaction per chunk, exactly as ingestion would have written them. Every
// row is marked as sample data (lib/sample-data removes it again).
import type { RawSql } from "@/lib/db";
import { ensureDayPartitions } from "@/lib/events/partitions";
import { rollupFromRowsSql } from "@/lib/events/rollup-upsert";

export interface HistoryOptions {
  environmentId: string;
  campaigns: { id: string; triggerType: string }[];
  events: number;
  days: number;
  now?: number;
  chunk?: number;
  /** share of the events that are sessions (default 0.35, a failure-heavy load for benchmarks; a
   * real-looking site has far more sessions than failures: the sample data uses 0.95) */
  sessionShare?: number;
  onProgress?(done: number, total: number): void;
}

// Of the events that are not sessions: detected 30, shown 21, suppressed 9, dismissed 4, clicked 1 (of 65).
const FAILURE_MIX: [string, number][] = [["detected", 30], ["shown", 21], ["suppressed", 9], ["dismissed", 4], ["clicked", 1]];

/** The SQL choosing an event type from a uniform `r`, with `sessionShare` of them sessions. */
function typeMix(sessionShare: number): string {
  const total = FAILURE_MIX.reduce((s, [, w]) => s + w, 0);
  let upTo = 0;
  const whens = FAILURE_MIX.map(([type, w]) => {
    upTo += (w / total) * (1 - sessionShare);
    return `WHEN r < ${upTo.toFixed(6)} THEN '${type}'`;
  });
  return `CASE ${whens.join(" ")} ELSE 'session' END`;
}

export async function generateHistory(sql: RawSql, o: HistoryOptions): Promise<number> {
  if (!o.campaigns.length) throw new Error("the environment has no campaigns to attribute apologies to");
  const chunk = o.chunk ?? 100_000;
  const sessionShare = o.sessionShare ?? 0.35;
  if (!(sessionShare >= 0 && sessionShare < 1)) throw new Error("sessionShare must be at least 0 and below 1");
  const TYPE_MIX = typeMix(sessionShare);
  const now = o.now ?? Date.now();
  const urls = ["/api/search", "/api/checkout", "/api/cart", "/images/hero.jpg", "/api/recommendations", "/video/intro.mp4", "/api/profile", "/account"];
  // every day the history covers has its partition before the first insert
  await ensureDayPartitions(sql, Array.from({ length: o.days + 1 }, (_, i) => now - i * 86_400_000), { checkAll: true });
  let done = 0;
  while (done < o.events) {
    const n = Math.min(chunk, o.events - done);
    await sql.transaction(async (tx) => {
      await tx.query(`DROP TABLE IF EXISTS load_chunk`);
      // t: a random day, then an hour around 14:00 UTC (sum of three uniforms ≈ bell curve); times
      // that would be in the future move back D days, so today is partial like the real thing
      await tx.query(
        `CREATE TEMP TABLE load_chunk ON COMMIT DROP AS
         SELECT gen_random_uuid() AS id, x.type, x.ci, x.reason, x.url, x.sid,
                date_trunc('day', to_timestamp($4 / 1000.0) AT TIME ZONE 'UTC')
                  - (floor(random() * $2) * interval '1 day')
                  + ((14 + (random() + random() + random() - 1.5) * 8) * interval '1 hour') AS at
         FROM (
           SELECT ${TYPE_MIX} AS type, floor(random() * $3)::int + 1 AS ci,
                  (ARRAY['cap','holdout','audience','schedule'])[floor(random() * 4)::int + 1] AS reason,
                  $5::text[] AS urls, ('s' || floor(random() * 1e9)::bigint) AS sid, r
           FROM (SELECT random() AS r FROM generate_series(1, $1)) g
         ) x0
         CROSS JOIN LATERAL (SELECT x0.type, x0.ci, x0.reason, x0.urls[floor(random() * array_length(x0.urls, 1))::int + 1] AS url, x0.sid) x`,
        [n, o.days, o.campaigns.length, now, urls],
      );
      await tx.query(
        `UPDATE load_chunk SET at = at - $2 * interval '1 day' WHERE at >= to_timestamp($1 / 1000.0) AT TIME ZONE 'UTC'`,
        [now, o.days],
      );
      // the rows inserted are counted as they are returned: no join back to Event
      await tx.query(
        `WITH ins AS (
         INSERT INTO "Event" ("id","environmentId","type","campaignId","triggerType","reason","url","sessionId","occurredAt","sample")
         SELECT c.id, $1, c.type,
                CASE WHEN c.type = 'session' THEN NULL ELSE (($2::text[])[c.ci]) END,
                CASE WHEN c.type = 'session' THEN NULL ELSE (($3::text[])[c.ci]) END,
                CASE WHEN c.type = 'suppressed' THEN c.reason END,
                CASE WHEN c.type = 'session' THEN NULL ELSE c.url END,
                c.sid, c.at, true
         FROM load_chunk c
         RETURNING "environmentId", "campaignId", "triggerType", "type", "reason", "occurredAt"),
         sample AS (${rollupFromRowsSql("ins", "SampleRollup")})
         ${rollupFromRowsSql("ins", "Rollup")}`,
        [o.environmentId, o.campaigns.map((c) => c.id), o.campaigns.map((c) => c.triggerType)],
      );
    });
    done += n;
    o.onProgress?.(done, o.events);
  }
  return done;
}
