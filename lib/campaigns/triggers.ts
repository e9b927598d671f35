import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { triggerInput } from "./schemas";
import { assertTriggerValid } from "./validate";

export async function createTrigger(actor: Actor, input: z.infer<typeof triggerInput>) {
  assertTriggerValid(input.definition, "definition");
  const t = await db().trigger.create({
    data: { workspaceId: actor.workspaceId, name: input.name, type: input.definition.type, config: input.definition as object },
  });
  await recordAudit(actor, { action: "trigger.create", targetType: "trigger", targetId: t.id, after: input });
  return { id: t.id, name: t.name, type: t.type, definition: input.definition };
}
