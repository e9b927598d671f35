import { db } from "@/lib/db";

export interface CampaignRow {
  id: string;
  name: string;
  status: "draft" | "active" | "paused" | "archived";
  triggerType: string;
  triggerName: string;
  priority: number;
  updatedAt: string;
}

export async function listCampaigns(workspaceId: string): Promise<CampaignRow[]> {
  const rows = await db().campaign.findMany({
    where: { workspaceId },
    include: { trigger: true },
    orderBy: [{ priority: "desc" }, { name: "asc" }],
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    triggerType: c.trigger.type,
    triggerName: c.trigger.name,
    priority: c.priority,
    updatedAt: c.updatedAt.toISOString(),
  }));
}

export async function listEnvironments(workspaceId: string) {
  const envs = await db().environment.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: {
      revisions: { orderBy: { number: "desc" }, take: 1, include: { author: { select: { email: true } } } },
    },
  });
  return envs.map((e) => ({
    name: e.name,
    publicKey: e.publicKey,
    revision: e.revisions[0]?.number ?? 0,
    publishedAt: e.revisions[0]?.createdAt.toISOString() ?? null,
    publishedBy: e.revisions[0]?.author?.email ?? null,
  }));
}

export async function listCampaignViews(workspaceId: string) {
  const { campaignView } = await import("./mutations");
  const rows = await db().campaign.findMany({
    where: { workspaceId },
    include: { trigger: true },
    orderBy: [{ priority: "desc" }, { name: "asc" }],
  });
  return rows.map(campaignView);
}

export async function listTriggers(workspaceId: string) {
  const rows = await db().trigger.findMany({ where: { workspaceId }, orderBy: { name: "asc" } });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    type: t.type,
    definition: { ...(t.config as object), type: t.type },
  }));
}
