// Which campaign ids each environment has ever served, in any stored revision: the only ids its
// public key may report events for. A page may still run an older revision's rules (cached until
// they expire), so the latest revision alone is not enough; an id no revision ever held was
// invented (issue #19: made-up ids became "Deleted campaign (…)" series in every chart).
// Kept in memory beside the served snapshots, filled by loadSnapshots() and every publish.
import { db } from "@/lib/db";

const KEY = Symbol.for("meaculpa.publishedCampaigns");
type Store = Map<string, Set<string>>;
const store = (): Store => ((globalThis as Record<symbol, Store>)[KEY] ??= new Map());

/** Reads every revision of the environment once (one query), replacing what was known. */
export async function loadPublishedCampaigns(environmentId: string): Promise<void> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c->>'id' AS id
    FROM "Revision" r,
         -- a corrupt row (no campaign list) adds nothing rather than failing the whole read
         jsonb_array_elements(CASE WHEN jsonb_typeof(r."rules"->'campaigns') = 'array' THEN r."rules"->'campaigns' ELSE '[]'::jsonb END) c
    WHERE r."environmentId" = ${environmentId} AND c->>'id' IS NOT NULL`;
  store().set(environmentId, new Set(rows.map((r) => r.id)));
}

/** A new revision's campaigns join what the environment has served. */
export function notePublished(environmentId: string, campaignIds: string[]): void {
  const known = store().get(environmentId);
  if (known) for (const id of campaignIds) known.add(id);
}

/** Whether the environment ever served `campaignId`; undefined while its revisions are not loaded. */
export function wasPublished(environmentId: string, campaignId: string): boolean | undefined {
  return store().get(environmentId)?.has(campaignId);
}

/** Whether this process knows the environment's campaigns (loadSnapshots loads each one once). */
export const publishedLoaded = (environmentId: string) => store().has(environmentId);
