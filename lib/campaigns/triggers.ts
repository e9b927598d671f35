// Triggers as records of their own: a campaign reuses one ("Reuse a trigger") or makes one, and the
// Triggers page lists, edits and deletes them. Changing a trigger changes every campaign using it,
// so the views say which those are.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { lastChange } from "@/lib/audit/last-change";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storedTriggerType, type TriggerType } from "@/lib/triggers/registry";
import type { triggerInput, TriggerDefinition } from "./schemas";
import { assertTriggerValid } from "./validate";

type TriggerInput = z.infer<typeof triggerInput>;

export interface TriggerView {
  id: string;
  name: string;
  type: TriggerType;
  definition: TriggerDefinition;
  /** its last change time (ISO): the version a save must name */
  version: string;
  /** the campaigns using it, which a change affects (archived ones are not listed) */
  campaigns: { id: string; name: string; status: string }[];
}

const withCampaigns = { campaigns: { where: { status: { not: "archived" as const } }, select: { id: true, name: true, status: true }, orderBy: { name: "asc" as const } } };

function view(t: { id: string; name: string; type: string; config: unknown; updatedAt: Date; campaigns: TriggerView["campaigns"] }): TriggerView {
  return { id: t.id, name: t.name, type: storedTriggerType(t.type), definition: t.config as TriggerDefinition, version: t.updatedAt.toISOString(), campaigns: t.campaigns };
}

/** The workspace's triggers, by name, each with the campaigns using it. */
export async function listTriggers(workspaceId: string): Promise<TriggerView[]> {
  const ts = await db().trigger.findMany({ where: { workspaceId }, include: withCampaigns, orderBy: { name: "asc" } });
  return ts.map(view);
}

/** One trigger of the workspace, or null (another workspace's id is not found either). */
export async function getTrigger(workspaceId: string, id: string): Promise<TriggerView | null> {
  const t = await db().trigger.findFirst({ where: { id, workspaceId }, include: withCampaigns });
  return t ? view(t) : null;
}

export async function createTrigger(actor: Actor, input: TriggerInput) {
  await assertTriggerValid(input.definition, "definition");
  const t = await db().trigger.create({
    data: { workspaceId: actor.workspaceId, name: input.name, type: input.definition.type, config: input.definition as object },
  });
  await recordAudit(actor, { action: "trigger.create", targetType: "trigger", targetId: t.id, after: input });
  return { id: t.id, name: t.name, type: t.type, definition: input.definition };
}

/**
 * Changes a trigger's name and definition (its type may change too). `ifVersion` is the version the
 * editor read: a trigger changed since is not overwritten (412 naming who changed it and when).
 * Every campaign using it compiles with the new definition at the next publish.
 * Errors: 404 not in this workspace; 422 invalid definition; 412 stale.
 */
export async function updateTrigger(actor: Actor, id: string, input: TriggerInput, ifVersion?: string): Promise<TriggerView> {
  const before = await getTrigger(actor.workspaceId, id);
  if (!before) throw new AppError("Trigger not found", 404);
  await assertTriggerValid(input.definition, "definition");
  const stale = async () =>
    AppError.of("precondition_failed", `“${before.name}” was changed by ${await lastChange("trigger", id)} after you opened it: reload to see that version (your edits here are not saved).`, "version");
  if (ifVersion !== undefined && ifVersion !== before.version) throw await stale();
  const t = await db()
    .trigger.update({
      // the version is checked again in the write itself, so two saves racing cannot both pass
      where: ifVersion !== undefined ? { id, updatedAt: new Date(before.version) } : { id },
      data: { name: input.name, type: input.definition.type, config: input.definition as object },
      include: withCampaigns,
    })
    .catch(async (e) => {
      if ((e as { code?: string }).code === "P2025") throw await stale();
      throw e;
    });
  const after = view(t);
  await recordAudit(actor, { action: "trigger.update", targetType: "trigger", targetId: id, before: { name: before.name, definition: before.definition }, after: input });
  return after;
}

/** Deletes a trigger no campaign uses (archived ones included: their history names it). 409 otherwise. */
export async function deleteTrigger(actor: Actor, id: string): Promise<void> {
  const t = await db().trigger.findFirst({ where: { id, workspaceId: actor.workspaceId }, include: { _count: { select: { campaigns: true } } } });
  if (!t) throw new AppError("Trigger not found", 404);
  if (t._count.campaigns) throw new AppError(`“${t.name}” is used by ${t._count.campaigns} campaign(s): change their trigger first`, 409);
  await db().trigger.delete({ where: { id } });
  await recordAudit(actor, { action: "trigger.delete", targetType: "trigger", targetId: id, before: { name: t.name, definition: t.config } });
}
