// Campaign changes, shared by the admin UI's server actions and the management API.
import { z } from "zod";
import { lastChange } from "@/lib/audit/last-change";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { campaignView, type CampaignView } from "./view";
import { attributeDefaults } from "./schemas";
import { CAMPAIGN_STATUSES, type AudienceInput, type CampaignInput, campaignPatch } from "./schemas";
import { assertCopyCompiles, assertTriggerValid } from "./validate";

export const statusChange = z.object({ status: z.enum(CAMPAIGN_STATUSES) });
type Status = (typeof CAMPAIGN_STATUSES)[number];

// draft → active ⇄ paused → archived; archived is final.
const ALLOWED: Record<Status, Status[]> = {
  draft: ["active", "archived"],
  active: ["paused", "archived"],
  paused: ["active", "archived"],
  archived: [],
};

async function workspaceDefaults(workspaceId: string) {
  const ws = await db().workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  return attributeDefaults.parse(ws.attributeDefaults ?? {});
}

async function loadCampaign(actor: Actor, id: string) {
  const c = await db().campaign.findFirst({ where: { id, workspaceId: actor.workspaceId }, include: { trigger: true } });
  if (!c) throw new AppError("Campaign not found", 404);
  return c;
}

/** The campaign as the API shows it (and as the audit log records before/after). */
async function audienceColumns(actor: Actor, a: AudienceInput | undefined) {
  if (!a) return {};
  if (a.kind === "segment") {
    const seg = await db().segment.findFirst({ where: { id: a.segmentId, workspaceId: actor.workspaceId } });
    if (!seg) throw new AppError("Segment not found", 422, "audience.segmentId");
    return { segmentId: seg.id, audience: Prisma.DbNull };
  }
  if (a.kind === "custom") return { segmentId: null, audience: a.audience as object };
  return { segmentId: null, audience: Prisma.DbNull };
}

async function resolveTrigger(actor: Actor, ref: CampaignInput["trigger"]): Promise<string> {
  if ("id" in ref) {
    const t = await db().trigger.findFirst({ where: { id: ref.id, workspaceId: actor.workspaceId } });
    if (!t) throw new AppError("Trigger not found", 422, "trigger.id");
    return t.id;
  }
  await assertTriggerValid(ref.definition);
  const t = await db().trigger.create({
    data: { workspaceId: actor.workspaceId, name: ref.name, type: ref.definition.type, config: ref.definition as object },
  });
  await recordAudit(actor, { action: "trigger.create", targetType: "trigger", targetId: t.id, after: ref });
  return t.id;
}

export async function createCampaign(actor: Actor, input: CampaignInput): Promise<CampaignView> {
  assertCopyCompiles(input.message, await workspaceDefaults(actor.workspaceId));
  const triggerId = await resolveTrigger(actor, input.trigger);
  const c = await db().campaign.create({
    data: {
      workspaceId: actor.workspaceId,
      name: input.name,
      priority: input.priority,
      triggerId,
      message: input.message,
      caps: input.caps,
      ...(await audienceColumns(actor, input.audience)),
      rolloutPercent: input.rolloutPercent,
      holdoutPercent: input.holdoutPercent,
      schedule: input.schedule ?? {},
      status: "draft",
    },
    include: { trigger: true },
  });
  const view = campaignView(c);
  await recordAudit(actor, { action: "campaign.create", targetType: "campaign", targetId: c.id, after: view });
  return view;
}

/** A campaign's version: its last change time (ISO). Forms and `ETag`s carry it; saves check it. */
export const versionOf = (c: { updatedAt: Date | string }) => (typeof c.updatedAt === "string" ? c.updatedAt : c.updatedAt.toISOString());

/**
 * Changes a campaign. With `opts.ifVersion` (the version the editor read), a campaign changed
 * since is not overwritten: 412 `precondition_failed`, naming who changed it and when. Without
 * it (older API clients) the last write wins, as before.
 */
export async function updateCampaign(actor: Actor, id: string, patch: z.infer<typeof campaignPatch>, opts: { ifVersion?: string } = {}): Promise<CampaignView> {
  const before = await loadCampaign(actor, id);
  const stale = async () =>
    AppError.of("precondition_failed", `“${before.name}” was changed by ${await lastChange("campaign", id)} after you opened it: reload to see that version (your edits here are not saved).`, "version");
  if (opts.ifVersion !== undefined && opts.ifVersion !== versionOf(before)) throw await stale();
  if (before.status === "archived") throw new AppError("An archived campaign cannot be changed", 409);
  if (patch.message) assertCopyCompiles(patch.message, await workspaceDefaults(actor.workspaceId));
  if (patch.status && patch.status !== before.status && !ALLOWED[before.status].includes(patch.status)) {
    throw new AppError(`A ${before.status} campaign cannot become ${patch.status}`, 409, "status");
  }
  const triggerId = patch.trigger ? await resolveTrigger(actor, patch.trigger) : undefined;
  // the version is checked again in the write itself, so two saves racing cannot both pass
  const c = await db()
    .campaign.update({
    // with a version, checked again in the write itself; without one, the last write wins
    where: opts.ifVersion !== undefined ? { id, updatedAt: before.updatedAt } : { id },
    data: {
      name: patch.name,
      priority: patch.priority,
      triggerId,
      message: patch.message,
      caps: patch.caps,
      status: patch.status,
      ...(await audienceColumns(actor, patch.audience)),
      rolloutPercent: patch.rolloutPercent,
      holdoutPercent: patch.holdoutPercent,
      schedule: patch.schedule === undefined ? undefined : (patch.schedule ?? {}),
    },
    include: { trigger: true },
  })
    .catch(async (e) => {
      if ((e as { code?: string }).code === "P2025") throw await stale();
      throw e;
    });
  const view = campaignView(c);
  await recordAudit(actor, {
    action: patch.status && Object.keys(patch).length === 1 ? "campaign.status" : "campaign.update",
    targetType: "campaign",
    targetId: id,
    before: campaignView(before),
    after: view,
  });
  return view;
}

export function setCampaignStatus(actor: Actor, id: string, status: Status) {
  return updateCampaign(actor, id, { status });
}

export async function duplicateCampaign(actor: Actor, id: string): Promise<CampaignView> {
  const src = await loadCampaign(actor, id);
  const c = await db().campaign.create({
    data: {
      workspaceId: actor.workspaceId,
      name: `${src.name} (copy)`.slice(0, 100),
      priority: src.priority,
      triggerId: src.triggerId,
      message: src.message as object,
      caps: src.caps as object,
      segmentId: src.segmentId,
      audience: src.audience ?? Prisma.DbNull,
      rolloutPercent: src.rolloutPercent,
      holdoutPercent: src.holdoutPercent,
      schedule: src.schedule as object,
      status: "draft",
    },
    include: { trigger: true },
  });
  const view = campaignView(c);
  await recordAudit(actor, { action: "campaign.duplicate", targetType: "campaign", targetId: c.id, after: view, data: { from: id } });
  return view;
}

/** Deleting is only for drafts and archived campaigns; a live one must be paused and archived first. */
export async function deleteCampaign(actor: Actor, id: string): Promise<void> {
  const c = await loadCampaign(actor, id);
  if (c.status === "active" || c.status === "paused") {
    throw new AppError(`Archive the campaign before deleting it (it is ${c.status})`, 409, "status");
  }
  await db().campaign.delete({ where: { id } });
  await recordAudit(actor, { action: "campaign.delete", targetType: "campaign", targetId: id, before: campaignView(c) });
}

export async function getCampaign(actor: Actor, id: string): Promise<CampaignView> {
  return campaignView(await loadCampaign(actor, id));
}
