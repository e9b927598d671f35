// Raw events by day: "Event" is partitioned by range of "occurredAt", one partition per UTC day,
// named event_days."Event_YYYYMMDD" (PostgreSQL declarative partitioning, the same on PGlite).
// The jobs create today's and the next days' partitions ahead; the writer creates a missing one on
// demand (a late event for a day nobody wrote to), so an insert never fails for want of a partition.
// Retention detaches and drops whole days: no row deletes, no vacuum debt.
import type { RawSql } from "@/lib/db";
import { floorTo, INTERVAL_MS } from "@/lib/stats/buckets";

export const PARTITION_SCHEMA = "event_days";
const DAY = INTERVAL_MS.day;
/** Days created ahead of today by the jobs (a restart over midnight still finds tomorrow ready). */
export const DAYS_AHEAD = 3;

/** The UTC day (ms at 00:00) that holds `ms`. */
const dayOf = (ms: number): number => floorTo(ms, "day");

/** "Event_20261207" for the day starting at `day` (ms, UTC midnight). */
export function partitionName(day: number): string {
  return `Event_${new Date(day).toISOString().slice(0, 10).replaceAll("-", "")}`;
}

const NAME_RE = /^Event_(\d{4})(\d{2})(\d{2})$/;

/** The day partitions that exist, oldest first: name and day (ms, UTC midnight). */
export async function listDayPartitions(sql: Pick<RawSql, "query">): Promise<{ name: string; day: number }[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i
     JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
     WHERE p.relname = 'Event' AND pn.nspname = current_schema()`,
  );
  return rows
    .map((r) => ({ name: r.name, m: NAME_RE.exec(r.name) }))
    .filter((r): r is { name: string; m: RegExpExecArray } => r.m !== null)
    .map((r) => ({ name: r.name, day: Date.UTC(Number(r.m[1]), Number(r.m[2]) - 1, Number(r.m[3])) }))
    .sort((a, b) => a.day - b.day);
}

// Days known to have a partition in this process. A day dropped by another instance's retention is
// noticed by the insert failing (23514), which clears this and creates it again.
const known = new Set<number>();

export function forgetKnownPartitions(): void {
  known.clear();
}

/**
 * Makes sure a partition exists for each day in `days` (ms, any time of the day). Safe to run on
 * several instances at once: CREATE … IF NOT EXISTS, and the error a simultaneous create can still
 * raise (duplicate type or relation) means another instance made it. `checkAll` asks the database
 * even for days this process believes exist (a writer that cannot retry on a missing partition).
 */
export async function ensureDayPartitions(sql: Pick<RawSql, "query">, days: Iterable<number>, opts: { checkAll?: boolean } = {}): Promise<void> {
  for (const day of new Set([...days].map(dayOf))) {
    if (known.has(day) && !opts.checkAll) continue;
    const from = new Date(day).toISOString().replace("T", " ").replace("Z", "");
    const to = new Date(day + DAY).toISOString().replace("T", " ").replace("Z", "");
    try {
      await sql.query(`CREATE TABLE IF NOT EXISTS "${PARTITION_SCHEMA}"."${partitionName(day)}" PARTITION OF "Event" FOR VALUES FROM ('${from}') TO ('${to}')`);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "42P07" && code !== "23505") throw e;
    }
    known.add(day);
  }
}

/** True for the error an insert raises when a row's day has no partition (SQLSTATE 23514). */
export function isMissingPartition(e: unknown): boolean {
  return (e as { code?: string }).code === "23514" && /no partition of relation/i.test(String((e as Error).message));
}

/**
 * Creates the partitions from yesterday to {@link DAYS_AHEAD} days ahead of `now` (the jobs, at
 * start and hourly).
 */
export async function createPartitionsAhead(sql: Pick<RawSql, "query">, now = Date.now()): Promise<void> {
  const today = dayOf(now);
  await ensureDayPartitions(sql, Array.from({ length: DAYS_AHEAD + 2 }, (_, i) => today + (i - 1) * DAY));
}

/**
 * Detaches and drops every day partition that ends at or before `cutoff` (ms): retention by whole
 * days, so events are kept at least as long as asked and at most a day longer. Returns the events
 * and partitions dropped. An instance that finds a partition already gone (another instance dropped
 * it) skips it.
 */
export async function dropPartitionsBefore(sql: Pick<RawSql, "query">, cutoff: number): Promise<{ partitions: number; events: number }> {
  let partitions = 0;
  let events = 0;
  for (const p of await listDayPartitions(sql)) {
    if (p.day + DAY > cutoff) break;
    try {
      const [n] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${PARTITION_SCHEMA}"."${p.name}"`);
      await sql.query(`ALTER TABLE "Event" DETACH PARTITION "${PARTITION_SCHEMA}"."${p.name}"`);
      await sql.query(`DROP TABLE "${PARTITION_SCHEMA}"."${p.name}"`);
      known.delete(p.day);
      partitions++;
      events += n.n;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "42P01" && code !== "42P16" && code !== "42809") throw e; // gone, or no longer a partition
      known.delete(p.day);
    }
  }
  return { partitions, events };
}
