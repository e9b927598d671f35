// The events store: the seam through which raw events are written (with their rollups) and read
// (the live canary's top URLs); days and retention are in ./partitions.ts. Everything else reads
// rollups. An events store elsewhere (ClickHouse, a PostgreSQL that scales out) replaces these two
// modules (docs/scaling.md).
import type { RawSql } from "@/lib/db";
import { ensureDayPartitions, forgetKnownPartitions, isMissingPartition } from "./partitions";
import { addEventsToRollups } from "./rollup-upsert";
import type { SdkEvent } from "./schemas";

/**
 * Inserts events given as the ten column arrays of {@link eventColumns}; returns the ids stored.
 * A replayed id is skipped, never counted twice: the ids of stored events are kept in "EventId",
 * one table across all day partitions (a retry may carry another corrected time, even another
 * day), and only the events whose id is new there are inserted.
 */
export const insertEventsSql = `WITH fresh AS (
    INSERT INTO "EventId" ("id") SELECT unnest($1::uuid[]) ON CONFLICT ("id") DO NOTHING RETURNING "id")
  INSERT INTO "Event" ("id","environmentId","type","campaignId","triggerType","reason","url","userId","sessionId","occurredAt")
  SELECT u.id, u.env, u.type, u.cid, u.tt, u.reason, u.url, u.uid, u.sid, (to_timestamp(u.ts / 1000.0) AT TIME ZONE 'UTC')
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[])
       WITH ORDINALITY AS u(id, env, type, cid, tt, reason, url, uid, sid, ts, n)
  WHERE u.id IN (SELECT "id" FROM fresh)
  ORDER BY u.n
  RETURNING "id"`;

/** The parameters of {@link insertEventsSql}: one array per column, events in the given order. */
export function eventColumns(environmentIds: string[], events: SdkEvent[]): unknown[][] {
  const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  events.forEach((e, i) => {
    cols[0].push(e.id);
    cols[1].push(environmentIds[i]);
    cols[2].push(e.type);
    cols[3].push(e.campaignId ?? null);
    cols[4].push(e.triggerType ?? null);
    cols[5].push(e.reason ?? null);
    cols[6].push(e.url ?? null);
    cols[7].push(e.userId ?? null);
    cols[8].push(e.sessionId ?? null);
    cols[9].push(e.ts);
  });
  return cols;
}

/**
 * Stores events (already validated, in id order) and adds the ones not stored before to the rollups,
 * in one transaction. `environmentIds[i]` is the environment of `events[i]`. Returns the ids stored
 * now (the rest were replays). A day without a partition yet gets one first. Throws what the
 * database throws; nothing is stored then.
 */
export async function storeEvents(sql: RawSql, environmentIds: string[], events: SdkEvent[]): Promise<Set<string>> {
  await ensureDayPartitions(sql, events.map((e) => e.ts));
  try {
    return await storeOnce(sql, environmentIds, events);
  } catch (err) {
    if (!isMissingPartition(err)) throw err;
    // another instance's retention dropped a day this process thought it had: make it again
    forgetKnownPartitions();
    await ensureDayPartitions(sql, events.map((e) => e.ts));
    return storeOnce(sql, environmentIds, events);
  }
}

function storeOnce(sql: RawSql, environmentIds: string[], events: SdkEvent[]): Promise<Set<string>> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ id: string }>(insertEventsSql, eventColumns(environmentIds, events));
    const stored = new Set(rows.map((r) => r.id));
    if (stored.size === events.length) await addEventsToRollups(tx, environmentIds, events);
    else if (stored.size) {
      const keep = events.map((e) => stored.has(e.id));
      await addEventsToRollups(tx, environmentIds.filter((_, i) => keep[i]), events.filter((_, i) => keep[i]));
    }
    return stored;
  });
}

/**
 * The URLs with most apologies shown in [from, to) for one environment, most first, at most `limit`
 * (the live canary's "top URLs": URLs are not rolled up, their cardinality is unbounded). Reads only
 * the partitions of the days in the window.
 */
export async function topShownUrls(sql: RawSql, environmentId: string, from: Date, to: Date, limit: number): Promise<{ url: string; n: number }[]> {
  return sql.query<{ url: string; n: number }>(
    `SELECT "url", count(*)::int AS n FROM "Event"
     WHERE "environmentId" = $1 AND "type" = 'shown' AND "occurredAt" >= $2 AND "occurredAt" < $3 AND "url" IS NOT NULL
     GROUP BY "url" ORDER BY n DESC, "url" LIMIT $4`,
    [environmentId, from, to, limit],
  );
}
