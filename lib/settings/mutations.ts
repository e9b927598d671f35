// Workspace settings: secret keys, public key rotation, attribute defaults and workspace-wide caps.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { roleRank } from "@/lib/auth/permissions";
import { lastChange } from "@/lib/audit/last-change";
import { setAllowedOrigins } from "./allowed-origins";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { newPublicKey, newSecretKey } from "@/lib/keys";
import { loadSnapshots } from "@/lib/publishing/revisions";
import { attributeDefaults, workspaceSettings } from "@/lib/campaigns/schemas";
import type { attributeDefaultsInput, createKeyInput, workspaceCapsInput } from "./schemas";
import type { EnvName } from "@/lib/environments";

async function env(actor: Actor, name: EnvName) {
  const e = await db().environment.findUnique({ where: { workspaceId_name: { workspaceId: actor.workspaceId, name } } });
  if (!e) throw new AppError(`Environment ${name} not found`, 404);
  return e;
}

/** Returns the full key exactly once; only its hash is stored. */
export async function createSecretKey(actor: Actor, input: z.infer<typeof createKeyInput>) {
  if (roleRank(input.role) > roleRank(actor.role)) {
    throw new AppError(`A key cannot have more rights than you (${actor.role})`, 403, "role");
  }
  const e = await env(actor, input.environment);
  const { key, prefix, hash } = newSecretKey();
  // a key made through the API by another key answers to that key's maker: it is revoked with
  // their access like the keys they made themselves (lib/members/mutations.ts)
  const maker = actor.userId ?? (actor.keyId ? ((await db().secretKey.findUnique({ where: { id: actor.keyId } }))?.createdById ?? null) : null);
  const row = await db().secretKey.create({
    data: { environmentId: e.id, name: input.name, role: input.role, prefix, hash, createdById: maker },
  });
  await recordAudit(actor, {
    action: "key.create",
    targetType: "key",
    targetId: row.id,
    after: { name: input.name, environment: input.environment, role: input.role, prefix },
  });
  return { id: row.id, key, prefix };
}

export async function revokeSecretKey(actor: Actor, id: string) {
  const k = await db().secretKey.findFirst({ where: { id, environment: { workspaceId: actor.workspaceId } } });
  if (!k) throw new AppError("Key not found", 404);
  if (k.revokedAt) return;
  await db().secretKey.update({ where: { id }, data: { revokedAt: new Date() } });
  await recordAudit(actor, { action: "key.revoke", targetType: "key", targetId: id, before: { name: k.name, prefix: k.prefix } });
}

/** A new public key; the old one stops working at once (pages with the old key stop apologizing). */
export async function rotatePublicKey(actor: Actor, name: EnvName) {
  const e = await env(actor, name);
  const publicKey = newPublicKey();
  await db().environment.update({ where: { id: e.id }, data: { publicKey } });
  await loadSnapshots();
  await recordAudit(actor, { action: "key.rotate_public", targetType: "key", targetId: e.id, before: { publicKey: e.publicKey }, after: { publicKey } });
  return publicKey;
}

/**
 * Writes workspace settings unless someone changed them after `ifVersion` (the version the page
 * read): then 412 naming who and when. Returns the new version.
 */
async function writeSettings(actor: Actor, ws: { updatedAt: Date }, ifVersion: string | undefined, data: { attributeDefaults?: object; settings?: object }) {
  const stale = async () =>
    AppError.of("precondition_failed", `The workspace settings were changed by ${await lastChange("settings", actor.workspaceId)} after you opened them: reload to see that version (your edits here are not saved).`, "version");
  if (ifVersion !== undefined && ifVersion !== ws.updatedAt.toISOString()) throw await stale();
  const after = await db()
    .workspace.update({ where: ifVersion !== undefined ? { id: actor.workspaceId, updatedAt: ws.updatedAt } : { id: actor.workspaceId }, data })
    .catch(async (e) => {
      if ((e as { code?: string }).code === "P2025") throw await stale();
      throw e;
    });
  return after.updatedAt.toISOString();
}

export async function saveAttributeDefaults(actor: Actor, rows: z.infer<typeof attributeDefaultsInput>, ifVersion?: string): Promise<string> {
  const ws = await db().workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  const before = attributeDefaults.parse(ws.attributeDefaults ?? {});
  const after = Object.fromEntries(rows.map((r) => [r.attribute, r.fallback]));
  // Removing a default that active copy relies on would break the next publish: refuse, naming it.
  const campaigns = await db().campaign.findMany({ where: { workspaceId: actor.workspaceId, status: { in: ["active", "paused", "draft"] } } });
  for (const attr of Object.keys(before)) {
    if (attr in after) continue;
    const uses = campaigns.find((c) => {
      const m = c.message as { title?: string; body?: string };
      const re = new RegExp(`<<\\s*${attr.replace(/[.-]/g, "\\$&")}\\s*>>`);
      return re.test(m.title ?? "") || re.test(m.body ?? "");
    });
    if (uses) throw new AppError(`“${uses.name}” uses <<${attr}>> without a fallback; keep its default or edit the campaign`, 409, "attributeDefaults");
  }
  const version = await writeSettings(actor, ws, ifVersion, { attributeDefaults: after });
  await recordAudit(actor, { action: "settings.defaults", targetType: "settings", targetId: actor.workspaceId, before, after });
  return version;
}

export async function saveWorkspaceCaps(actor: Actor, input: z.infer<typeof workspaceCapsInput>, ifVersion?: string): Promise<string> {
  const ws = await db().workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
  const before = workspaceSettings.parse(ws.settings ?? {});
  const after = {
    minGapMs: input.minGapSeconds * 1000,
    ...(input.maxPerSession ? { maxPerSession: input.maxPerSession } : {}),
    disputeThresholdPercent: input.disputeThresholdPercent,
  };
  const version = await writeSettings(actor, ws, ifVersion, { settings: after });
  await recordAudit(actor, { action: "settings.caps", targetType: "settings", targetId: actor.workspaceId, before, after });
  return version;
}


/**
 * Sets the origins whose pages may send events with the environment's public key (empty = any),
 * effective at once on this instance and within 2 s on the others. Returns the list as stored
 * (normalized origins, duplicates dropped).
 */
export async function saveAllowedOrigins(actor: Actor, name: EnvName, origins: string[]): Promise<string[]> {
  const e = await env(actor, name);
  const list = [...new Set(origins)];
  await db().environment.update({ where: { id: e.id }, data: { allowedOrigins: list } });
  setAllowedOrigins(e.id, list);
  await recordAudit(actor, { action: "settings.origins", targetType: "environment", targetId: e.id, before: { allowedOrigins: e.allowedOrigins }, after: { allowedOrigins: list } });
  return list;
}
