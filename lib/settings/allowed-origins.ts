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
