import { db } from "@/lib/db";
import { attributeDefaults } from "./schemas";
import { listTriggers } from "./queries";

/** What the builder needs besides the campaign: reusable triggers and the token defaults. */
export async function editorData(workspaceId: string) {
  const [ws, triggers, segments] = await Promise.all([
    db().workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
    listTriggers(workspaceId),
    db().segment.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    segments,
    defaults: attributeDefaults.parse(ws.attributeDefaults ?? {}),
    triggers: triggers.map((t) => ({ id: t.id, name: t.name, type: t.type, definition: t.definition as Record<string, unknown> })),
  };
}
