// Data retention: raw events for EVENT_RETENTION_DAYS (default 30) by dropping whole day
// partitions (lib/events/partitions.ts), replay-detection ids for the 8 days an event may arrive
// late, minute rollups 14 days, hour and day rollups 2 years. Row deletes go in slices so a large
// backlog never holds one long transaction (PGlite serves every other query from the same thread).
import type { RawSql } from "@/lib/db";
import { createPartitionsAhead, dropPartitionsBefore } from "@/lib/events/partitions";
import { MAX_EVENT_AGE_MS } from "@/lib/events/schemas";
import { MINUTE_RETENTION_DAYS } from "./buckets";

const DAY = 86_400_000;
export const ROLLUP_RETENTION_DAYS = 730;
const SLICE = 20_000;
/** Days an event id is remembered: an event may be sent up to 7 days late (MAX_EVENT_AGE_MS), and
 * its retry is refused as a replay for that long, plus a day of clock tolerance. */
export const DEDUPE_DAYS = MAX_EVENT_AGE_MS / DAY + 1;

async function deleteInSlices(sql: RawSql, table: "EventId" | "Rollup" | "SampleRollup", where: string, params: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await sql.query<{ n: string | number }>(
      `WITH gone AS (DELETE FROM "${table}" WHERE ctid IN (SELECT ctid FROM "${table}" WHERE ${where} LIMIT ${SLICE}) RETURNING 1)
       SELECT count(*) AS n FROM gone`,
      params,
    );
    const n = Number(rows[0]?.n ?? 0);
    total += n;
    if (n < SLICE) return total;
  }
}

/**
 * Prunes what is past retention as of `now` (ms): whole day partitions of raw events that end at or
 * before now − eventRetentionDays (so events stay at least that long, at most a day longer), ids
 * received more than {@link DEDUPE_DAYS} days ago, and old rollup rows (and their sample-data
 * mirror). Returns what went: events (in dropped partitions), partitions, ids and rollup rows. Also creates the coming days' partitions.
 */
export async function pruneOldData(sql: RawSql, opts: { eventRetentionDays: number; now?: number }): Promise<{ events: number; partitions: number; ids: number; rollups: number }> {
  const now = opts.now ?? Date.now();
  await createPartitionsAhead(sql, now);
  const { events, partitions } = await dropPartitionsBefore(sql, now - opts.eventRetentionDays * DAY);
  const ids = await deleteInSlices(sql, "EventId", `"receivedOn" < $1::date`, [new Date(now - DEDUPE_DAYS * DAY).toISOString().slice(0, 10)]);
  let rollups = 0;
  // SampleRollup mirrors what sample data added to Rollup (so removing it subtracts exactly that):
  // it follows the same retention, or its minute rows would outlive the rows they describe
  for (const table of ["Rollup", "SampleRollup"] as const) {
    const minutes = await deleteInSlices(sql, table, `"granularity" = 'minute' AND "bucketStart" < $1`, [new Date(now - MINUTE_RETENTION_DAYS * DAY)]);
    const longer = await deleteInSlices(sql, table, `"granularity" IN ('hour', 'day') AND "bucketStart" < $1`, [new Date(now - ROLLUP_RETENTION_DAYS * DAY)]);
    if (table === "Rollup") rollups = minutes + longer;
  }
  return { events, partitions, ids, rollups };
}
