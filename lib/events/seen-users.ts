// Identified visitors seen by the SDK: the attributes the page passed to MeaCulpa.identify (and the
// page's $device and $locale), sent once per session and change by the SDK (lib/sdk/profile.ts),
// noted in memory on the events fast path and written every few seconds. They let a segment say
// how many recent users it matches, and list the attributes that exist (lib/segments/estimate.ts).
import { z } from "zod";

/** Users remembered per environment (the most recently seen); past it the oldest are dropped. */
export const MAX_SEEN_USERS = 10_000;
/** How long a user not seen again is kept. */
export const SEEN_USER_DAYS = 30;
// Between two flushes (2 s): at most 5,000 users in all (≤ ~35 MB at 7 KB each) and 1,000 per
// environment, so one public key's traffic cannot crowd out every other workspace's visitors
const MAX_PENDING = 5_000;
const MAX_PENDING_PER_ENVIRONMENT = 1_000;

// Text PostgreSQL stores as it is: no NUL and no lone surrogate (jsonb and text refuse both, and
// one such value would fail the whole flush for every workspace)
const storable = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => !/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v), "must be text without NUL or lone surrogates");

/** The `user` of an events batch: an identified visitor's id and scalar attributes, bounded. */
export const seenUser = z.object({
  id: storable(256).pipe(z.string().min(1)),
  attrs: z
    .record(z.string().regex(/^(\$device|\$locale|[A-Za-z_][\w.-]{0,63})$/, "attribute names look like plan or $locale"), z.union([storable(200), z.number().finite(), z.boolean()]))
    .refine((a) => Object.keys(a).length <= 32, "at most 32 attributes (30 of the page's, $device and $locale)")
    .default({}),
});
export type SeenUserInput = z.infer<typeof seenUser>;

const KEY = Symbol.for("meaculpa.seenUsers");
type Pending = Map<string, { environmentId: string; user: SeenUserInput; at: Date }>;
const pending = (): Pending => ((globalThis as Record<symbol, Pending>)[KEY] ??= new Map());
const PER_ENV = Symbol.for("meaculpa.seenUsersPerEnvironment");
const perEnvironment = (): Map<string, number> => ((globalThis as Record<symbol, Map<string, number>>)[PER_ENV] ??= new Map());

/** Notes that the environment's SDK saw `user` (the latest attributes win); past the bounds, new users wait for the next flush. */
export function noteSeenUser(environmentId: string, user: SeenUserInput, at = new Date()): void {
  const key = `${environmentId}\n${user.id}`;
  if (pending().has(key)) return void pending().set(key, { environmentId, user, at });
  const n = perEnvironment().get(environmentId) ?? 0;
  if (pending().size >= MAX_PENDING || n >= MAX_PENDING_PER_ENVIRONMENT) return;
  perEnvironment().set(environmentId, n + 1);
  pending().set(key, { environmentId, user, at });
}

/**
 * Writes the users noted since the last flush (attributes replaced, last seen moved forward), then
 * keeps each touched environment's {@link MAX_SEEN_USERS} most recent. Returns how many were written.
 */
export async function flushSeenUsers(sql: { query(text: string, params?: unknown[]): Promise<unknown> }): Promise<number> {
  // in key order: two instances upserting overlapping users lock rows in the same order (no deadlock)
  const rows = [...pending().entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r);
  pending().clear();
  perEnvironment().clear();
  const touched = new Set<string>();
  // 500 rows per statement (pending holds one row per user, so no statement touches a row twice)
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    // a chunk that fails is reported and dropped alone: the others are still written
    await sql.query(
      `INSERT INTO "SeenUser" ("environmentId", "userId", "attributes", "lastSeenAt")
       SELECT u.e, u.u, u.a::jsonb, (to_timestamp(u.t / 1000.0) AT TIME ZONE 'UTC')
       FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[]) AS u(e, u, a, t)
       WHERE EXISTS (SELECT 1 FROM "Environment" WHERE "id" = u.e)
       ON CONFLICT ("environmentId", "userId") DO UPDATE SET
         "attributes" = CASE WHEN EXCLUDED."lastSeenAt" >= "SeenUser"."lastSeenAt" THEN EXCLUDED."attributes" ELSE "SeenUser"."attributes" END,
         "lastSeenAt" = GREATEST("SeenUser"."lastSeenAt", EXCLUDED."lastSeenAt")`,
      [chunk.map((r) => r.environmentId), chunk.map((r) => r.user.id), chunk.map((r) => JSON.stringify(r.user.attrs)), chunk.map((r) => r.at.getTime())],
    ).then(
      () => chunk.forEach((r) => touched.add(r.environmentId)),
      (e: Error) => console.error(`[events] ${chunk.length} seen users not saved:`, e.message),
    );
  }
  for (const id of touched) {
    await sql.query(
      `DELETE FROM "SeenUser" WHERE "environmentId" = $1 AND "lastSeenAt" < (
         SELECT "lastSeenAt" FROM "SeenUser" WHERE "environmentId" = $1 ORDER BY "lastSeenAt" DESC OFFSET ${MAX_SEEN_USERS - 1} LIMIT 1)`,
      [id],
    );
  }
  return rows.length;
}

/** Drops users not seen for {@link SEEN_USER_DAYS} days (the jobs' hourly retention). Returns how many. */
export async function pruneSeenUsers(sql: { query<T>(text: string, params?: unknown[]): Promise<T[]> }, now = new Date()): Promise<number> {
  const gone = await sql.query<{ n: number }>(
    `WITH d AS (DELETE FROM "SeenUser" WHERE "lastSeenAt" < $1 RETURNING 1) SELECT count(*)::int AS n FROM d`,
    [new Date(now.getTime() - SEEN_USER_DAYS * 86_400_000)],
  );
  return gone[0]?.n ?? 0;
}
