// Revisions: the immutable stored rules of each publish, and the in-memory snapshots served from
// them. loadSnapshots() rebuilds snapshots from the latest revisions (at start, and when another
// instance has published). Stored rules are parsed with the contract's schema, never cast.
import { db } from "@/lib/db";
import { compiledBody } from "@/lib/rules/contract";
import type { CompiledBody } from "@/lib/rules/compile";
import { buildSnapshot, getSnapshot, putSnapshot, rulesHash, SNAPSHOT_TTL_MS } from "@/lib/rules/snapshot";
import { withoutUnsafePatterns } from "@/lib/triggers/pattern-safety";
import type { Reader } from "./compile-environment";
import { sameRules } from "./diff";
import { loadPublishedCampaigns, notePublished, publishedLoaded } from "./published-campaigns";
import { setAllowedOrigins } from "@/lib/settings/allowed-origins";

/** A revision's stored rules, checked against the contract (a corrupt row fails loudly here). */
export function storedRules(json: unknown): CompiledBody {
  return compiledBody.parse(json);
}

export interface Published {
  revision: number;
  /** the revision this one replaced (null for the first), read under the same lock */
  base: { number: number; rules: CompiledBody } | null;
  compiled: CompiledBody;
  /** false when the rules equal the current revision's: nothing was stored (publishing nothing new makes no revision) */
  created: boolean;
}

/**
 * Stores compiled rules as the environment's next revision and swaps the served snapshot.
 * Publishes of one environment take turns (a row lock, so also across instances): revision
 * numbers never collide, and rules given as a function are compiled once this publish has its
 * turn, so a publish that started earlier cannot overwrite a later one with older state.
 */
export async function commitRevision(opts: {
  /** the environment row, read once by the caller */
  environment: { id: string; publicKey: string };
  compiled: CompiledBody | ((tx: Reader) => Promise<CompiledBody>);
  authorId?: string | null;
}): Promise<Published> {
  const env = opts.environment;
  const { revision, base, compiled, created } = await db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Environment" WHERE "id" = ${env.id} FOR UPDATE`;
      const compiled = typeof opts.compiled === "function" ? await opts.compiled(tx) : opts.compiled;
      const last = await tx.revision.findFirst({
        where: { environmentId: env.id },
        orderBy: { number: "desc" },
      });
      const lastRules = last ? storedRules(last.rules) : null;
      if (last && sameRules(lastRules, compiled)) {
        return { revision: last, compiled, base: { number: last.number, rules: lastRules! }, created: false };
      }
      const revision = await tx.revision.create({
        data: {
          environmentId: env.id,
          number: (last?.number ?? 0) + 1,
          rules: compiled as object,
          // content hash of the rules alone (the served ETag also covers revision and timestamps)
          etag: rulesHash(compiled),
          authorId: opts.authorId ?? null,
          baseRevisionId: last?.id ?? null,
        },
      });
      return { revision, compiled, base: last ? { number: last.number, rules: lastRules! } : null, created: true };
    },
    // waiting for another publish's turn counts against the timeout
    { maxWait: 10_000, timeout: 30_000 },
  );
  notePublished(env.id, compiled.campaigns.map((c) => c.id));
  // a concurrent publish may have committed a newer revision and swapped it in already
  if ((getSnapshot(env.publicKey)?.revision ?? 0) < revision.number) {
    putSnapshot(env.publicKey, buildSnapshot(env.id, revision.number, compiled));
  }
  return { revision: revision.number, base, compiled, created };
}

/**
 * Makes the in-memory snapshots match the latest revision of every environment. Cheap when
 * nothing changed (one small query), so it can run every couple of seconds to pick up publishes
 * made by other instances; also re-stamps snapshots whose expiresAt is getting close.
 */
export async function loadSnapshots(): Promise<number> {
  const envs = await db().environment.findMany({
    select: {
      id: true,
      publicKey: true,
      allowedOrigins: true,
      revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  let changed = 0;
  for (const env of envs) {
    setAllowedOrigins(env.id, env.allowedOrigins); // a change saved on another instance
    const latest = env.revisions[0]?.number ?? 0;
    // the ids its events may name: once per environment, then kept current by every publish
    // (a publish on another instance reaches this one through a newer revision below)
    if (!publishedLoaded(env.id) || (getSnapshot(env.publicKey)?.revision ?? 0) < latest) await loadPublishedCampaigns(env.id);
    const current = getSnapshot(env.publicKey);
    const stale = current && Date.now() - current.builtAt > SNAPSHOT_TTL_MS / 2;
    // Never go back: a publish in this process may have swapped in a newer revision after the
    // query above read the latest number.
    if (current && (current.revision > latest || (current.revision === latest && !stale))) continue;
    let compiled: CompiledBody = { schemaVersion: 1, settings: { minGapMs: 0 }, campaigns: [] };
    if (latest > 0) {
      const rev = await db().revision.findUniqueOrThrow({
        where: { environmentId_number: { environmentId: env.id, number: latest } },
      });
      try {
        compiled = storedRules(rev.rules);
      } catch (e) {
        // one corrupt row must not stop every other environment's refresh: keep serving what
        // this one served before, and say which revision is wrong
        console.error(`[rules] revision ${latest} of ${env.publicKey} does not match the rules contract; still serving the previous copy:`, (e as Error).message);
        continue;
      }
    }
    // a revision published before patterns were checked (#26) is served without the campaigns
    // whose URL regex could freeze visitors' pages
    try {
      compiled = await withoutUnsafePatterns(compiled, (id, problem) =>
        console.error(`[rules] revision ${latest} of ${env.publicKey}: campaign ${id} is not served, its URL pattern could freeze visitors' pages. ${problem} Fix it and publish.`),
      );
    } catch (e) {
      // the checker failing must not stop every other environment's refresh: serve as stored
      console.error(`[rules] could not check the URL patterns of revision ${latest} of ${env.publicKey}:`, (e as Error).message);
    }
    const now = getSnapshot(env.publicKey);
    if (now && now.revision > latest) continue; // published while the rules were being read
    putSnapshot(env.publicKey, buildSnapshot(env.id, latest, compiled));
    changed++;
  }
  return changed;
}
