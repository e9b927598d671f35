// Campaign changes, shared by the admin UI's server actions and the management API.
import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { publishEnvironment } from "@/lib/rules/publish";
import { CAMPAIGN_STATUSES } from "./schemas";

export const statusChange = z.object({ status: z.enum(CAMPAIGN_STATUSES) });

// draft → active ⇄ paused → archived; archived is final.
const ALLOWED: Record<string, string[]> = {
  draft: ["active", "archived"],
  active: ["paused", "archived"],
  paused: ["active", "archived"],
  archived: [],
};

export async function setCampaignStatus(opts: {
  workspaceId: string;
  campaignId: string;
  status: (typeof CAMPAIGN_STATUSES)[number];
  actorId: string;
}) {
  const c = await db().campaign.findFirst({ where: { id: opts.campaignId, workspaceId: opts.workspaceId } });
  if (!c) throw new AppError("Campaign not found", 404);
  if (c.status === opts.status) return c;
  if (!ALLOWED[c.status].includes(opts.status)) {
    throw new AppError(`A ${c.status} campaign cannot become ${opts.status}`, 409, "status");
  }
  const updated = await db().campaign.update({ where: { id: c.id }, data: { status: opts.status } });
  await db().auditEntry.create({
    data: {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "campaign.status",
      targetType: "campaign",
      targetId: c.id,
      data: { from: c.status, to: opts.status },
    },
  });
  return updated;
}

export async function publishWorkspaceEnvironment(opts: {
  workspaceId: string;
  environment: "staging" | "production";
  actorId: string;
}) {
  const env = await db().environment.findUnique({
    where: { workspaceId_name: { workspaceId: opts.workspaceId, name: opts.environment } },
  });
  if (!env) throw new AppError("Environment not found", 404);
  const result = await publishEnvironment({ environmentId: env.id, authorId: opts.actorId });
  await db().auditEntry.create({
    data: {
      workspaceId: opts.workspaceId,
      actorId: opts.actorId,
      action: "environment.publish",
      targetType: "environment",
      targetId: env.id,
      data: { revision: result.revision },
    },
  });
  return result;
}
