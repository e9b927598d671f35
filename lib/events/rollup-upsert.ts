// The one way rollups are written: the events just stored, counted into minute, hour and day
// buckets and added to what is there. Used by the events store (live ingestion) and the history
// generator (npm run load), so both count exactly alike. Neither reads the events back: the writer
// counts the rows it has in hand, the generator the rows its INSERT returned (a re-read by id cost
// as much as the insert itself, and a join on a freshly emptied table once took minutes).
import type { RawSql } from "@/lib/db";
import { floorTo, type Interval } from "@/lib/stats/buckets";
import type { SdkEvent } from "./schemas";

const GRANULARITIES: Interval[] = ["minute", "hour", "day"];

// Keys are upserted in key order (the SELECT's ORDER BY, in the database's own collation and the
// granularity enum's order), so concurrent writers lock rollup rows in the same order and cannot
// deadlock. Empty campaign/trigger/reason are stored as '' (the rollup's primary key).
const CONFLICT = `ON CONFLICT ("granularity","environmentId","bucketStart","campaignId","triggerType","eventType","reason")`;

/**
 * Adds `events` (with `environmentIds[i]` the environment of `events[i]`) to the minute, hour and
 * day rollups: counted here, then one upsert of the distinct keys (a few dozen rows for a batch of
 * a thousand events). Bucket starts are UTC, like date_trunc on the stored UTC timestamp.
 */
export async function addEventsToRollups(tx: Pick<RawSql, "query">, environmentIds: string[], events: SdkEvent[], table: "Rollup" | "SampleRollup" = "Rollup"): Promise<void> {
  const counts = new Map<string, number>();
  events.forEach((e, i) => {
    const rest = `\u0000${environmentIds[i]}\u0000${e.campaignId ?? ""}\u0000${e.triggerType ?? ""}\u0000${e.type}\u0000${e.reason ?? ""}`;
    for (const gran of GRANULARITIES) {
      const k = `${gran}\u0000${floorTo(e.ts, gran)}${rest}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  });
  if (!counts.size) return;
  const cols: unknown[][] = [[], [], [], [], [], [], [], []];
  for (const [k, n] of counts) {
    const [gran, bucket, env, cid, tt, type, reason] = k.split("\u0000");
    cols[0].push(gran);
    cols[1].push(Number(bucket));
    cols[2].push(env);
    cols[3].push(cid);
    cols[4].push(tt);
    cols[5].push(type);
    cols[6].push(reason);
    cols[7].push(n);
  }
  await tx.query(
    `INSERT INTO "${table}" ("granularity","bucketStart","environmentId","campaignId","triggerType","eventType","reason","count")
     SELECT u.g::"RollupGranularity", to_timestamp(u.b / 1000.0) AT TIME ZONE 'UTC', u.env, u.cid, u.tt, u.et, u.rs, u.n
     FROM unnest($1::text[], $2::float8[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[]) AS u(g, b, env, cid, tt, et, rs, n)
     ORDER BY 1, 2, 3, 4, 5, 6, 7
     ${CONFLICT} DO UPDATE SET "count" = "${table}"."count" + EXCLUDED."count"`,
    cols,
  );
}

/**
 * The SQL that adds the rows of `source` (a CTE or table with the columns "environmentId",
 * "campaignId", "triggerType", "type", "reason", "occurredAt" of Event) to `table`'s rollups: for a
 * statement that inserts events and counts what it inserted (the history generator's
 * `WITH ins AS (INSERT … RETURNING …)`).
 */
export function rollupFromRowsSql(source: string, table: "Rollup" | "SampleRollup"): string {
  return `INSERT INTO "${table}" ("granularity","bucketStart","environmentId","campaignId","triggerType","eventType","reason","count")
     SELECT g.gran, date_trunc(g.gran::text, e."occurredAt"), e."environmentId",
            coalesce(e."campaignId", ''), coalesce(e."triggerType", ''), e."type", coalesce(e."reason", ''), count(*)
     FROM ${source} e CROSS JOIN (VALUES ('minute'::"RollupGranularity"), ('hour'), ('day')) AS g(gran)
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ORDER BY 1, 2, 3, 4, 5, 6, 7
     ${CONFLICT} DO UPDATE SET "count" = "${table}"."count" + EXCLUDED."count"`;
}
