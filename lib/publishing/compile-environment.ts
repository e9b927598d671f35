// Compiles an environment's active campaigns (with their triggers, segments and the workspace's
// settings and token defaults) into the rules body a revision stores.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attributeDefaults, capsInput, messageInput, triggerDefinition, workspaceSettings } from "@/lib/campaigns/schemas";
import { compileRules, type CompiledBody } from "@/lib/rules/compile";
import { audience, schedule } from "@/lib/rules/contract";

/** What compiling reads through: the process's client, or a transaction's. */
export type Reader = Pick<Prisma.TransactionClient, "environment">;

/** The rules body publishing `environmentId` now would store; `client` may be a transaction. */
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

