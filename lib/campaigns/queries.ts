import { db } from "@/lib/db";
import { sumRollups } from "@/lib/stats/rollup-sums";
import { workspaceSettings } from "./schemas";
import { campaignView } from "./view";

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

/** The start (UTC midnight) of the `days`-day window ending today. */
function firstDay(days: number, now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * 86_400_000);
}

/** Apologies shown per campaign per day over the last `days` days (production + staging). */
export async function campaignSparklines(workspaceId: string, days = 7, now = new Date()): Promise<Record<string, number[]>> {
  const from = firstDay(days, now);
  const envs = await db().environment.findMany({ where: { workspaceId }, select: { id: true } });
  const rows = await sumRollups({ granularity: "day", environmentIds: envs.map((e) => e.id), eventTypes: ["shown"], from, by: ["campaignId", "bucketStart"] });
  const out: Record<string, number[]> = {};
  for (const r of rows) {
    if (!r.campaignId) continue;
    const i = Math.round((r.bucketStart.getTime() - from.getTime()) / 86_400_000);
    if (i < 0 || i >= days) continue;
    (out[r.campaignId] ??= Array(days).fill(0))[i] += r.n;
  }
  return out;
}

/** Campaign ids and names, by name: what pickers (alert scope, filters) list. */
export async function listCampaignNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
  return db().campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * Each campaign's apologies shown and disputed ("Nothing's wrong?") over the last `days` days,
 * both environments, from day rollups; `flagged` when the disputed share passes the workspace's
 * disputeThresholdPercent (default 5 %). Shape: campaignId → { shown, disputed, share (0–1), flagged }.
 */
export async function campaignDisputes(workspaceId: string, days = 7, now = new Date()): Promise<Record<string, { shown: number; disputed: number; share: number; flagged: boolean }>> {
  const from = firstDay(days, now);
  const ws = await db().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { settings: true, environments: { select: { id: true } } } });
  const threshold = workspaceSettings.parse(ws.settings ?? {}).disputeThresholdPercent / 100;
  const rows = await sumRollups({ granularity: "day", environmentIds: ws.environments.map((e) => e.id), eventTypes: ["shown", "disputed"], from, by: ["campaignId", "eventType"] });
  const out: Record<string, { shown: number; disputed: number; share: number; flagged: boolean }> = {};
  for (const r of rows) {
    if (!r.campaignId) continue;
    const c = (out[r.campaignId] ??= { shown: 0, disputed: 0, share: 0, flagged: false });
    if (r.eventType === "shown") c.shown += r.n;
    else c.disputed += r.n;
  }
  for (const c of Object.values(out)) {
    c.share = c.shown ? c.disputed / c.shown : 0;
    c.flagged = c.disputed > 0 && c.share > threshold;
  }
  return out;
}
