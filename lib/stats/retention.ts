// Data retention: raw events for EVENT_RETENTION_DAYS (default 30), minute rollups 14 days, hour
// and day rollups 2 years. Deletes go in slices so a large backlog never holds one long
// transaction (PGlite serves every other query from the same thread).
import type { RawSql } from "@/lib/db";
import { MINUTE_RETENTION_DAYS } from "./buckets";

const DAY = 86_400_000;
export const ROLLUP_RETENTION_DAYS = 730;
const SLICE = 20_000;

async function deleteInSlices(sql: RawSql, table: "Event" | "Rollup", where: string, params: unknown[]): Promise<number> {
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

export async function pruneOldData(sql: RawSql, opts: { eventRetentionDays: number; now?: number }): Promise<{ events: number; rollups: number }> {
  const now = opts.now ?? Date.now();
  const events = await deleteInSlices(sql, "Event", `"occurredAt" < $1`, [new Date(now - opts.eventRetentionDays * DAY)]);
  const rollups =
    (await deleteInSlices(sql, "Rollup", `"granularity" = 'minute' AND "bucketStart" < $1`, [new Date(now - MINUTE_RETENTION_DAYS * DAY)])) +
    (await deleteInSlices(sql, "Rollup", `"granularity" IN ('hour', 'day') AND "bucketStart" < $1`, [new Date(now - ROLLUP_RETENTION_DAYS * DAY)]));
  return { events, rollups };
}
