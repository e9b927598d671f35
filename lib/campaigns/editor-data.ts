import { storedTriggerType } from "@/lib/triggers/registry";
import { db } from "@/lib/db";
import { attributeDefaults } from "./schemas";
import { listTriggers } from "./queries";
import type { RivalCampaign } from "./overlaps";

/** What the builder needs besides the campaign: reusable triggers and the token defaults. */
export async function editorData(workspaceId: string) {
  const [ws, triggers, segments, active] = await Promise.all([
    db().workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
    listTriggers(workspaceId),
    db().segment.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().campaign.findMany({ where: { workspaceId, status: "active" }, select: { id: true, name: true, priority: true, triggerId: true, trigger: { select: { config: true, type: true } } } }),
  ]);
  return {
    segments,
    defaults: attributeDefaults.parse(ws.attributeDefaults ?? {}),
    triggers: triggers.map((t) => ({ id: t.id, name: t.name, type: storedTriggerType(t.type), definition: t.definition as Record<string, unknown> })),
    /** active campaigns, for "answers the same failure first" (lib/campaigns/overlaps.ts) */
    active: active.map((c): RivalCampaign => ({ id: c.id, name: c.name, priority: c.priority, triggerId: c.triggerId, definition: { ...(c.trigger.config as object), type: c.trigger.type } })),
  };
}
