// The one way rollups are written: the events just stored, counted into minute, hour and day
// buckets and added to what is there. Used by the batch writer (live ingestion) and the history
// generator (npm run load), so both count exactly alike.
import type { RawSql } from "@/lib/db";

/**
 * Adds the events whose ids `idsSql` selects (a subquery over `params`) to the rollups (or, for
 * sample events, also to SampleRollup: what removing them must take away again).
 * Keys are upserted in key order, so concurrent writers lock rollup rows in the same order and
 * cannot deadlock. Empty campaign/trigger/reason are stored as '' (the rollup's primary key).
 */
export async function addEventsToRollups(tx: Pick<RawSql, "query">, idsSql: string, params: unknown[], table: "Rollup" | "SampleRollup" = "Rollup"): Promise<void> {
  await tx.query(
    `INSERT INTO "${table}" ("granularity","bucketStart","environmentId","campaignId","triggerType","eventType","reason","count")
     SELECT g.gran, date_trunc(g.gran::text, e."occurredAt"), e."environmentId",
            coalesce(e."campaignId", ''), coalesce(e."triggerType", ''), e."type", coalesce(e."reason", ''), count(*)
     FROM "Event" e CROSS JOIN (VALUES ('minute'::"RollupGranularity"), ('hour'), ('day')) AS g(gran)
     WHERE e."id" IN (${idsSql})
     GROUP BY 1, 2, 3, 4, 5, 6, 7
     ORDER BY 1, 2, 3, 4, 5, 6, 7
     ON CONFLICT ("granularity","environmentId","bucketStart","campaignId","triggerType","eventType","reason")
     DO UPDATE SET "count" = "${table}"."count" + EXCLUDED."count"`,
    params,
  );
}
