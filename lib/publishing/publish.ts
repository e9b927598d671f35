// Publishing, history, rollback and promotion of an environment's rules: the one entry point per
// operation. Each checks the actor's permission, reads the environment once, stores a new
// immutable Revision (revisions.ts) and writes the audit entry; there is no variant that skips
// either (the first start publishes as the system actor, audited too).
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can, publishPermission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { CompiledBody } from "@/lib/rules/compile";
import { assertRulesPatternsSafe } from "@/lib/triggers/pattern-safety";
import { compileEnvironment, type Reader } from "./compile-environment";
import { diffRules, type RulesDiff } from "./diff";
import { neverFires, type NeverFires } from "./never-fires";
import { commitRevision, storedRules } from "./revisions";

import type { EnvName } from "@/lib/environments";
export type { EnvName };

async function environment(actor: Actor, name: EnvName) {
  const env = await db().environment.findUnique({ where: { workspaceId_name: { workspaceId: actor.workspaceId, name } } });
  if (!env) throw new AppError(`Environment ${name} not found`, 404);
  return env;
}

function assertMayPublish(actor: Actor, env: EnvName) {
  if (!can(actor.role, publishPermission(env))) {
    throw new AppError(`Your role (${actor.role}) cannot publish to ${env}`, 403);
  }
}

async function latest(environmentId: string) {
  return db().revision.findFirst({ where: { environmentId }, orderBy: { number: "desc" } });
}

/**
 * What publishing now would change, against the environment's current revision, and which of the
 * campaigns it would serve can never apologize (never-fires.ts), each with why.
 */
export async function previewPublish(actor: Actor, name: EnvName): Promise<{ current: number; diff: RulesDiff; neverFires: NeverFires[] }> {
  const env = await environment(actor, name);
  const cur = await latest(env.id);
  const next = await compileEnvironment(env.id);
  const names = await campaignNames(actor.workspaceId);
  return { current: cur?.number ?? 0, diff: diffRules(cur ? storedRules(cur.rules) : null, next, names), neverFires: neverFires(next, names) };
}

async function campaignNames(workspaceId: string): Promise<Record<string, string>> {
  const rows = await db().campaign.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

type Rules = CompiledBody | ((tx: Reader) => Promise<CompiledBody>);
type Env = Awaited<ReturnType<typeof environment>>;

async function commit(actor: Actor, env: Env, rules: Rules, action: string, data: object) {
  const name = env.name as EnvName;
  // the last gate before visitors' pages: what is about to be served must hold no pattern that
  // can freeze them. Checked before the transaction (the slow part, cached per pattern), and again
  // on what the transaction compiles and stores: a campaign resumed in between may bring a
  // trigger saved before patterns were checked.
  const names = await campaignNames(actor.workspaceId);
  const body = typeof rules === "function" ? await compileEnvironment(env.id) : rules;
  await assertRulesPatternsSafe(body.campaigns, names);
  const checked: Rules =
    typeof rules === "function"
      ? async (tx) => {
          const b = await rules(tx);
          await assertRulesPatternsSafe(b.campaigns, names);
          return b;
        }
      : rules;
  const { revision, base, compiled, created } = await commitRevision({ environment: env, compiled: checked, authorId: actor.userId });
  // the diff is against the revision this one actually replaced (read under the publish lock)
  const diff = diffRules(base?.rules ?? null, compiled, await campaignNames(actor.workspaceId));
  if (!created) return { revision, diff, created }; // nothing new: no revision, nothing to audit
  await recordAudit(actor, {
    action,
    targetType: "environment",
    targetId: env.id,
    data: { environment: name, revision, base: base?.number ?? 0, diff, ...data },
  });
  return { revision, diff, created };
}

export async function publish(actor: Actor, name: EnvName) {
  assertMayPublish(actor, name);
  const env = await environment(actor, name);
  return commit(actor, env, (tx) => compileEnvironment(env.id, tx), "environment.publish", {});
}

/** A new revision whose rules equal an older revision's. */
export async function rollback(actor: Actor, name: EnvName, to: number) {
  assertMayPublish(actor, name);
  const env = await environment(actor, name);
  const old = await db().revision.findUnique({ where: { environmentId_number: { environmentId: env.id, number: to } } });
  if (!old) throw new AppError(`Revision ${to} does not exist in ${name}`, 404, "revision");
  return commit(actor, env, storedRules(old.rules), "environment.rollback", { to });
}

/** Production gets exactly what staging serves now. */
export async function promoteStaging(actor: Actor) {
  assertMayPublish(actor, "production");
  const staging = await environment(actor, "staging");
  const cur = await latest(staging.id);
  if (!cur) throw new AppError("Staging has nothing published yet", 409);
  const production = await environment(actor, "production");
  return commit(actor, production, storedRules(cur.rules), "environment.promote", { fromStagingRevision: cur.number });
}

async function revisionRules(env: Env, number: number, name: EnvName): Promise<CompiledBody> {
  const r = await db().revision.findUnique({ where: { environmentId_number: { environmentId: env.id, number } } });
  if (!r) throw new AppError(`Revision ${number} does not exist in ${name}`, 404, "revision");
  return storedRules(r.rules);
}

/**
 * What changes from revision `from` to revision `to` of one environment (either order), field by
 * field, for "compare any two revisions". Errors: 404 when either revision does not exist.
 */
export async function compareRevisions(actor: Actor, name: EnvName, from: number, to: number): Promise<RulesDiff> {
  const env = await environment(actor, name);
  return diffRules(await revisionRules(env, from, name), await revisionRules(env, to, name), await campaignNames(actor.workspaceId));
}

/** What rolling back to revision `to` would change against the current revision (the dialog's summary). */
export async function previewRollback(actor: Actor, name: EnvName, to: number): Promise<RulesDiff> {
  const env = await environment(actor, name);
  const cur = await latest(env.id);
  return diffRules(cur ? storedRules(cur.rules) : null, await revisionRules(env, to, name), await campaignNames(actor.workspaceId));
}

/** What promoting would change in production: its current revision against what staging serves. */
export async function previewPromote(actor: Actor): Promise<{ stagingRevision: number; diff: RulesDiff }> {
  const staging = await latest((await environment(actor, "staging")).id);
  if (!staging) throw new AppError("Staging has nothing published yet", 409);
  const prod = await latest((await environment(actor, "production")).id);
  return { stagingRevision: staging.number, diff: diffRules(prod ? storedRules(prod.rules) : null, storedRules(staging.rules), await campaignNames(actor.workspaceId)) };
}

export async function listRevisions(actor: Actor, name: EnvName, take = 50) {
  const env = await environment(actor, name);
  const rows = await db().revision.findMany({
    where: { environmentId: env.id },
    orderBy: { number: "desc" },
    take,
    include: { author: { select: { email: true } } },
  });
  return rows.map((r) => ({
    number: r.number,
    createdAt: r.createdAt.toISOString(),
    author: r.author?.email ?? null,
    etag: r.etag,
    campaigns: storedRules(r.rules).campaigns.length,
  }));
}
export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];
