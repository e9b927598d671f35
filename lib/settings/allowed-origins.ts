// Which sites may send events with an environment's public key. A public key is public: copied onto
// another site it would pollute the canary. Empty list = any origin (as before). Kept in memory
// beside the served snapshots (loadSnapshots refreshes it every 2 s, a save here at once) so the
// events fast path checks it without a query.
import { z } from "zod";

/** One allowed origin as typed: scheme and host (and port), nothing else. */
export const allowedOrigin = z
  .string()
  .trim()
  .transform((v, ctx) => {
    try {
      const u = new URL(v);
      if ((u.protocol === "https:" || u.protocol === "http:") && u.origin === v.replace(/\/$/, "").toLowerCase()) return u.origin;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: `“${v}” is not an origin: write the scheme and host only, like https://shop.example.com` });
    return z.NEVER;
  });
export const allowedOriginsInput = z.array(allowedOrigin).max(50, "At most 50 origins per environment");

const KEY = Symbol.for("meaculpa.allowedOrigins");
type Store = Map<string, string[]>;
const store = (): Store => ((globalThis as Record<symbol, Store>)[KEY] ??= new Map());

export function setAllowedOrigins(environmentId: string, origins: string[]): void {
  store().set(environmentId, origins);
}

/**
 * Whether a page on `origin` (the request's Origin header; undefined when absent) may send events
 * for the environment. An empty or unknown list allows every origin; a list refuses requests
 * without an Origin too (a browser page always sends one with a POST).
 */
export function originAllowed(environmentId: string, origin: string | undefined): boolean {
  const list = store().get(environmentId);
  return !list || list.length === 0 || (origin !== undefined && list.includes(origin));
}

/** Whether the environment lists allowed origins: its answers then depend on the request's Origin. */
export function originsListed(environmentId: string): boolean {
  return !!store().get(environmentId)?.length;
}

// Refused events are counted in memory and added to the environment's row every few seconds, so a
// flood from a copied key costs one UPDATE per environment per flush, not one per request.
const REFUSED = Symbol.for("meaculpa.refusedOrigins");
type Refused = Map<string, { n: number; last: string }>;
const refused = (): Refused => ((globalThis as Record<symbol, Refused>)[REFUSED] ??= new Map());

/** Counts one refused request (events from an origin not allowed) for the environment. */
export function noteRefusedOrigin(environmentId: string, origin: string): void {
  const r = refused().get(environmentId) ?? { n: 0, last: origin };
  r.n++;
  r.last = origin.slice(0, 200);
  refused().set(environmentId, r);
}

/** Adds the counts noted since the last flush to each environment's row. Returns how many environments were written. */
export async function flushRefusedOrigins(sql: { query(text: string, params?: unknown[]): Promise<unknown> }): Promise<number> {
  const pending = [...refused()];
  refused().clear();
  for (const [id, r] of pending) {
    await sql.query(`UPDATE "Environment" SET "refusedEvents" = "refusedEvents" + $2, "lastRefusedOrigin" = $3 WHERE "id" = $1`, [id, r.n, r.last]);
  }
  return pending.length;
}

// Accepted events, by page origin, for the Install page's live check: noted in memory, written
// with the refused counts (first arrival kept, latest replaced).
const ARRIVED = Symbol.for("meaculpa.arrivals");
/** [when, page origin, SDK ("js/0.1.0"; "" when the client did not say)] */
type Arrival = [Date, string, string];
type Arrived = Map<string, { first: Arrival; last: Arrival }>;
const arrived = (): Arrived => ((globalThis as Record<symbol, Arrived>)[ARRIVED] ??= new Map());

/** Notes that events from a page on `origin`, sent by `sdk` (if it said), were accepted for the environment. */
export function noteArrival(environmentId: string, origin: string, sdk?: string, at = new Date()): void {
  const arrival: Arrival = [at, origin.slice(0, 200), sdk ?? ""];
  const a = arrived().get(environmentId);
  if (a) a.last = arrival;
  else arrived().set(environmentId, { first: arrival, last: arrival });
}

/** Writes the arrivals noted since the last flush (the first one only where none is stored yet). */
export async function flushArrivals(sql: { query(text: string, params?: unknown[]): Promise<unknown> }): Promise<number> {
  const pending = [...arrived()];
  arrived().clear();
  for (const [id, a] of pending) {
    await sql.query(
      `UPDATE "Environment" SET "firstEventSdk" = CASE WHEN "firstEventAt" IS NULL THEN $6 ELSE "firstEventSdk" END,
        "firstEventAt" = coalesce("firstEventAt", $2), "firstEventOrigin" = coalesce("firstEventOrigin", $3),
        "lastEventAt" = $4, "lastEventOrigin" = $5, "lastEventSdk" = $7 WHERE "id" = $1`,
      [id, a.first[0], a.first[1], a.last[0], a.last[1], a.first[2] || null, a.last[2] || null],
    );
  }
  return pending.length;
}
