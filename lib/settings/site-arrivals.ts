// Accepted events per page origin, for the Install page's live check: "events arrive from
// https://shop.example, the first at 12:40, the latest at 12:43", one line per site, so a first
// event from one site is never told as another's (#27). Noted in memory on the events fast path and
// written every few seconds: one upsert per (environment, site) per flush, not one per request.
/** Sites remembered per environment: the most recently seen ones (a copied key on many sites cannot grow the table). */
export const MAX_SITES_PER_ENVIRONMENT = 50;
/** Pending (environment, site) pairs between flushes; past it, new pairs wait for the next flush's events. */
const MAX_PENDING = 10_000;

const KEY = Symbol.for("meaculpa.siteArrivals");
/** [when, SDK ("js/0.1.0"; "" when the client did not say)] */
type Seen = [Date, string];
type Pending = Map<string, { environmentId: string; origin: string; first: Seen; last: Seen }>;
const pending = (): Pending => ((globalThis as Record<symbol, Pending>)[KEY] ??= new Map());

/** Notes that events from a page on `origin`, sent by `sdk` (if it said), were accepted for the environment. */
export function noteArrival(environmentId: string, origin: string, sdk?: string, at = new Date()): void {
  const site = origin.slice(0, 200);
  const key = `${environmentId}\n${site}`;
  const seen: Seen = [at, sdk ?? ""];
  const p = pending().get(key);
  if (p) p.last = seen;
  else if (pending().size < MAX_PENDING) pending().set(key, { environmentId, origin: site, first: seen, last: seen });
}

/**
 * Writes the arrivals noted since the last flush: a site's first arrival is kept, its latest
 * replaced (whichever instance flushes first, the earliest first and the latest last win), then each
 * touched environment keeps its {@link MAX_SITES_PER_ENVIRONMENT} most recent sites. Returns how
 * many (environment, site) pairs were written.
 */
export async function flushArrivals(sql: { query(text: string, params?: unknown[]): Promise<unknown> }): Promise<number> {
  const rows = [...pending().values()];
  pending().clear();
  const touched = new Set<string>();
  for (const r of rows) {
    await sql.query(
      `INSERT INTO "SiteArrival" ("environmentId", "origin", "firstAt", "firstSdk", "lastAt", "lastSdk")
       SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM "Environment" WHERE "id" = $1)
       ON CONFLICT ("environmentId", "origin") DO UPDATE SET
         "firstSdk" = CASE WHEN EXCLUDED."firstAt" < "SiteArrival"."firstAt" THEN EXCLUDED."firstSdk" ELSE "SiteArrival"."firstSdk" END,
         "firstAt" = LEAST("SiteArrival"."firstAt", EXCLUDED."firstAt"),
         "lastSdk" = CASE WHEN EXCLUDED."lastAt" >= "SiteArrival"."lastAt" THEN EXCLUDED."lastSdk" ELSE "SiteArrival"."lastSdk" END,
         "lastAt" = GREATEST("SiteArrival"."lastAt", EXCLUDED."lastAt")`,
      [r.environmentId, r.origin, r.first[0], r.first[1] || null, r.last[0], r.last[1] || null],
    );
    touched.add(r.environmentId);
  }
  for (const id of touched) {
    await sql.query(
      `DELETE FROM "SiteArrival" WHERE "environmentId" = $1 AND "origin" NOT IN
         (SELECT "origin" FROM "SiteArrival" WHERE "environmentId" = $1 ORDER BY "lastAt" DESC LIMIT ${MAX_SITES_PER_ENVIRONMENT})`,
      [id],
    );
  }
  return rows.length;
}

/** One site's arrivals as the live check shows them (ISO times; sdk null when the client did not say). */
export interface SiteArrival {
  origin: string;
  firstAt: string;
  firstSdk: string | null;
  lastAt: string;
  lastSdk: string | null;
}
