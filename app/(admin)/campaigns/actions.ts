"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { deleteCampaign, duplicateCampaign, setCampaignStatus, statusChange } from "@/lib/campaigns/mutations";
import { environmentName } from "@/lib/environments";
import { compareRevisions, previewPromote, previewPublish, previewRollback, promoteStaging, publish, rollback } from "@/lib/publishing/publish";

const id = z.string().min(1).max(64);
// publishing needs the environment's permission; anything but "staging" is held to production's
const publishPermissionOf = (env: unknown) => (env === "staging" ? "publish:staging" : "publish:production");

export const setStatusAction = adminAction(
  "campaigns:edit",
  [id, statusChange.shape.status],
  async (m, campaignId, status) => {
    const c = await setCampaignStatus(m, campaignId, status);
    return { message: `“${c.name}” is now ${c.status}. Publish to apply it.` };
  },
  { revalidate: ["/campaigns"] },
);

export const bulkStatusAction = adminAction(
  "campaigns:edit",
  [z.array(id).min(1, "Select at least one campaign").max(200), z.enum(["active", "paused"])],
  async (m, list, to) => {
    let changed = 0;
    const skipped: string[] = [];
    for (const cid of list) {
      try {
        await setCampaignStatus(m, cid, to);
        changed++;
      } catch (e) {
        skipped.push((e as Error).message);
      }
    }
    const verb = to === "paused" ? "Paused" : "Resumed";
    return { message: `${verb} ${changed} campaign(s).${skipped.length ? ` Skipped ${skipped.length}: ${skipped[0]}` : ""} Publish to apply.` };
  },
  { revalidate: ["/campaigns"] },
);

export const deleteAction = adminAction(
  "campaigns:edit",
  [id],
  async (m, campaignId) => {
    await deleteCampaign(m, campaignId);
    return { message: "Campaign deleted." };
  },
  { revalidate: ["/campaigns"] },
);

export const duplicateAction = adminAction(
  "campaigns:edit",
  [id],
  async (m, campaignId) => {
    const c = await duplicateCampaign(m, campaignId);
    return { message: `Created draft “${c.name}”.`, id: c.id };
  },
  { revalidate: ["/campaigns"] },
);

export const previewPublishAction = adminAction(publishPermissionOf, [environmentName], async (m, env) => previewPublish(m, env));

const revisionNumber = z.number().int().min(1).max(1_000_000_000);
/** Any member who may read campaigns may compare what was published. */
export const compareRevisionsAction = adminAction("campaigns:view", [environmentName, revisionNumber, revisionNumber], async (m, env, from, to) => ({
  diff: await compareRevisions(m, env, from, to),
}));

export const previewRollbackAction = adminAction(publishPermissionOf, [environmentName, revisionNumber], async (m, env, to) => ({ diff: await previewRollback(m, env, to) }));

export const previewPromoteAction = adminAction("publish:production", [], async (m) => previewPromote(m));

export const publishAction = adminAction(
  publishPermissionOf,
  [environmentName],
  async (m, env) => {
    const r = await publish(m, env);
    return { message: r.created ? `Published ${env} revision ${r.revision}.` : `Nothing to publish: ${env} already serves these rules (revision ${r.revision}).` };
  },
  { revalidate: ["/campaigns", "/publishing"] },
);

export const rollbackAction = adminAction(
  publishPermissionOf,
  [environmentName, z.number().int().min(1)],
  async (m, env, to) => {
    const r = await rollback(m, env, to);
    return {
      message: r.created ? `Rolled ${env} back to revision ${to} as revision ${r.revision}.` : `Nothing to roll back: ${env} already serves the rules of revision ${to}.`,
    };
  },
  { revalidate: ["/publishing"] },
);

export const promoteAction = adminAction(
  "publish:production",
  [],
  async (m) => {
    const r = await promoteStaging(m);
    return { message: r.created ? `Promoted staging to production revision ${r.revision}.` : `Nothing to promote: production already serves what staging serves (revision ${r.revision}).` };
  },
  { revalidate: ["/publishing"] },
);
