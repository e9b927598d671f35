// The events store: the one seam through which raw events are written, rolled up, pruned and
// removed. Everything else reads rollups. An events store elsewhere (ClickHouse, a managed
// PostgreSQL that scales out) replaces this module and nothing else (docs/scaling.md).
import type { RawSql } from "@/lib/db";
import { addEventsToRollups } from "./rollup-upsert";
import type { SdkEvent } from "./schemas";

/** Inserts events given as the ten column arrays of {@link eventColumns}; returns the ids stored (a
 * replayed id is skipped, never counted twice). */
export const insertEventsSql = `INSERT INTO "Event" ("id","environmentId","type","campaignId","triggerType","reason","url","userId","sessionId","occurredAt")
  SELECT u.id, u.env, u.type, u.cid, u.tt, u.reason, u.url, u.uid, u.sid, (to_timestamp(u.ts / 1000.0) AT TIME ZONE 'UTC')
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[])
       WITH ORDINALITY AS u(id, env, type, cid, tt, reason, url, uid, sid, ts, n)
  ORDER BY u.n
  ON CONFLICT ("id") DO NOTHING
  RETURNING "id"`;

/** The parameters of {@link insertEventsSql}: one array per column, events in the given order. */
export function eventColumns(environmentId: string | string[], events: SdkEvent[]): unknown[][] {
  const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  events.forEach((e, i) => {
    cols[0].push(e.id);
    cols[1].push(typeof environmentId === "string" ? environmentId : environmentId[i]);
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
 * now (the rest were replays). Throws what the database throws; nothing is stored then.
 */
export async function storeEvents(sql: RawSql, environmentIds: string[], events: SdkEvent[]): Promise<Set<string>> {
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
