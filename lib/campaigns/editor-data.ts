import { db } from "@/lib/db";
import { attributeDefaults } from "./schemas";
import { listTriggers } from "./queries";

/** What the builder needs besides the campaign: reusable triggers and the token defaults. */
export async function editorData(workspaceId: string) {
  const [ws, triggers] = await Promise.all([
    db().workspace.findUniqueOrThrow({ where: { id: workspaceId } }),
    listTriggers(workspaceId),
  ]);
  return {
    defaults: attributeDefaults.parse(ws.attributeDefaults ?? {}),
    triggers: triggers.map((t) => ({ id: t.id, name: t.name, type: t.type })),
  };
}
