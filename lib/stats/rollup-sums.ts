// The one way the app reads simple sums from rollups (raw SQL, the same on PGlite and PostgreSQL):
// counts of some event types in some environments over a time range, grouped by chosen columns.
// Charts with their own bucketing (series.ts, weekly.ts, alerts) write their SQL against the same
// table; nothing reads rollups through the ORM.
import { dbHandle, type RawSql } from "@/lib/db";

const COLUMNS = { campaignId: `"campaignId"`, triggerType: `"triggerType"`, eventType: `"eventType"`, bucketStart: `"bucketStart"` } as const;
export type RollupColumn = keyof typeof COLUMNS;

export interface RollupSumQuery<C extends RollupColumn> {
  granularity: "minute" | "hour" | "day";
  environmentIds: string[];
  eventTypes: string[];
  /** bucketStart ≥ from, and < to when given */
  from: Date;
  to?: Date;
  by: C[];
  /** without what sample data added (SampleRollup): real counts only, to compare like with like */
  realOnly?: boolean;
}

// Rollup less SampleRollup: the same key columns, sample counts negated
const REAL_ONLY = `(SELECT "granularity", "environmentId", "bucketStart", "campaignId", "triggerType", "eventType", "count" FROM "Rollup"
  UNION ALL SELECT "granularity", "environmentId", "bucketStart", "campaignId", "triggerType", "eventType", -"count" FROM "SampleRollup") AS r`;

/** Rows `{ ...grouped columns, n }`; bucketStart comes back as a Date, n as a number. */
export async function sumRollups<C extends RollupColumn>(q: RollupSumQuery<C>, sql: RawSql = dbHandle().sql): Promise<({ [K in C]: K extends "bucketStart" ? Date : string } & { n: number })[]> {
  if (!q.environmentIds.length) return [];
  const cols = q.by.map((c) => `${COLUMNS[c]} AS "${c}"`);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${[...cols, `sum("count")::bigint AS n`].join(", ")}
     FROM ${q.realOnly ? REAL_ONLY : `"Rollup"`}
     WHERE "granularity" = $1::"RollupGranularity" AND "environmentId" = ANY($2::text[]) AND "eventType" = ANY($3::text[])
       AND "bucketStart" >= $4 ${q.to ? `AND "bucketStart" < $5` : ""}
     ${q.by.length ? `GROUP BY ${q.by.map((_, i) => i + 1).join(", ")}` : ""}`,
    [q.granularity, q.environmentIds, q.eventTypes, q.from, ...(q.to ? [q.to] : [])],
  );
  return rows.map((r) => ({ ...r, ...(r.bucketStart !== undefined ? { bucketStart: new Date(r.bucketStart as string) } : {}), n: Number(r.n ?? 0) })) as never;
}
