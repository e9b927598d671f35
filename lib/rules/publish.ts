// Publishing: compile an environment's active campaigns into a new immutable Revision and swap the
// in-memory snapshot. loadSnapshots() rebuilds snapshots from the latest revisions (at start, and
// when another instance has published).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attributeDefaults, capsInput, messageInput, triggerDefinition, workspaceSettings } from "@/lib/campaigns/schemas";
import { compileRules, type CompiledBody } from "./compile";
import { audience, schedule } from "./contract";
import { buildSnapshot, getSnapshot, putSnapshot, rulesHash, SNAPSHOT_TTL_MS } from "./snapshot";

/** What compiling reads through: the process's client, or a transaction's. */
type Reader = Pick<Prisma.TransactionClient, "environment">;

export async function compileEnvironment(environmentId: string, client: Reader = db()): Promise<CompiledBody> {
  const env = await client.environment.findUniqueOrThrow({
    where: { id: environmentId },
    include: {
      workspace: {
        include: { campaigns: { where: { status: "active" }, include: { trigger: true, segment: true } } },
      },
    },
  });
  return compileRules({
    settings: workspaceSettings.parse(env.workspace.settings ?? {}),
    attributeDefaults: attributeDefaults.parse(env.workspace.attributeDefaults ?? {}),
    campaigns: env.workspace.campaigns.map((c) => ({
      id: c.id,
      priority: c.priority,
      trigger: triggerDefinition.parse({ ...(c.trigger.config as object), type: c.trigger.type }),
      message: messageInput.parse(c.message),
      caps: capsInput.parse(c.caps ?? {}),
      audience: (c.segment ? c.segment.conditions : c.audience) ? audience.parse(c.segment ? c.segment.conditions : c.audience) : undefined,
      rolloutPercent: c.rolloutPercent,
      holdoutPercent: c.holdoutPercent,
      schedule: c.schedule && Object.keys(c.schedule as object).length ? schedule.parse(c.schedule) : null,
    })),
  });
}

export async function publishEnvironment(opts: {
  environmentId: string;
  authorId?: string | null;
}): Promise<{ revision: number }> {
  return publishCompiled({ ...opts, compiled: (tx) => compileEnvironment(opts.environmentId, tx) });
}

export interface Published {
  revision: number;
  /** the revision this one replaced (null for the first), read under the same lock */
  base: { number: number; rules: CompiledBody } | null;
  compiled: CompiledBody;
}

/**
 * Stores compiled rules as the environment's next revision and swaps the served snapshot.
 * Publishes of one environment take turns (a row lock, so also across instances): revision
 * numbers never collide, and rules given as a function are compiled once this publish has its
 * turn, so a publish that started earlier cannot overwrite a later one with older state.
 */
export async function publishCompiled(opts: {
  environmentId: string;
  compiled: CompiledBody | ((tx: Reader) => Promise<CompiledBody>);
  authorId?: string | null;
}): Promise<Published> {
  const env = await db().environment.findUniqueOrThrow({ where: { id: opts.environmentId } });
  const { revision, base, compiled } = await db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Environment" WHERE "id" = ${env.id} FOR UPDATE`;
      const compiled = typeof opts.compiled === "function" ? await opts.compiled(tx) : opts.compiled;
      const last = await tx.revision.findFirst({
        where: { environmentId: env.id },
        orderBy: { number: "desc" },
      });
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
      return { revision, compiled, base: last ? { number: last.number, rules: last.rules as unknown as CompiledBody } : null };
    },
    // waiting for another publish's turn counts against the timeout
    { maxWait: 10_000, timeout: 30_000 },
  );
  // a concurrent publish may have committed a newer revision and swapped it in already
  if ((getSnapshot(env.publicKey)?.revision ?? 0) < revision.number) {
    putSnapshot(env.publicKey, buildSnapshot(env.id, revision.number, compiled));
  }
  return { revision: revision.number, base, compiled };
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
      revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  let changed = 0;
  for (const env of envs) {
    const latest = env.revisions[0]?.number ?? 0;
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
      compiled = rev.rules as unknown as CompiledBody;
    }
    const now = getSnapshot(env.publicKey);
    if (now && now.revision > latest) continue; // published while the rules were being read
    putSnapshot(env.publicKey, buildSnapshot(env.id, latest, compiled));
    changed++;
  }
  return changed;
}
