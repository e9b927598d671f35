"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionError as fail, type ActionResult } from "@/lib/actions/result";
import { publishPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { deleteCampaign, duplicateCampaign, setCampaignStatus, statusChange } from "@/lib/campaigns/mutations";
import { previewPublish, promoteStaging, publish, rollback } from "@/lib/publishing/publish";
import type { RulesDiff } from "@/lib/publishing/diff";

const id = z.string().min(1).max(64);
const envName = z.enum(["staging", "production"]);

export async function setStatusAction(campaignId: string, status: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const c = await setCampaignStatus(m, id.parse(campaignId), statusChange.parse({ status }).status);
    revalidatePath("/campaigns");
    return { ok: true, message: `“${c.name}” is now ${c.status}. Publish to apply it.` };
  } catch (e) {
    return fail(e);
  }
}

export async function bulkStatusAction(ids: string[], status: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const list = z.array(id).min(1, "Select at least one campaign").max(200).parse(ids);
    const to = z.enum(["active", "paused"]).parse(status);
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
    revalidatePath("/campaigns");
    const verb = to === "paused" ? "Paused" : "Resumed";
    return { ok: true, message: `${verb} ${changed} campaign(s).${skipped.length ? ` Skipped ${skipped.length}: ${skipped[0]}` : ""} Publish to apply.` };
  } catch (e) {
    return fail(e);
  }
}

export async function deleteAction(campaignId: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    await deleteCampaign(m, id.parse(campaignId));
    revalidatePath("/campaigns");
    return { ok: true, message: "Campaign deleted." };
  } catch (e) {
    return fail(e);
  }
}

export async function duplicateAction(campaignId: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const c = await duplicateCampaign(m, id.parse(campaignId));
    revalidatePath("/campaigns");
    return { ok: true, message: `Created draft “${c.name}”.` };
  } catch (e) {
    return fail(e);
  }
}

export async function previewPublishAction(environment: string): Promise<
  { ok: true; current: number; diff: RulesDiff } | { ok: false; error: string }
> {
  try {
    const env = envName.parse(environment);
    const m = await requirePermission(publishPermission(env));
    return { ok: true, ...(await previewPublish(m, env)) };
  } catch (e) {
    const r = fail(e);
    return { ok: false, error: r.ok ? "" : r.error };
  }
}

export async function publishAction(environment: string): Promise<ActionResult> {
  try {
    const env = envName.parse(environment);
    const m = await requirePermission(publishPermission(env));
    const r = await publish(m, env);
    revalidatePath("/campaigns");
    revalidatePath("/publishing");
    return { ok: true, message: `Published ${env} revision ${r.revision}.` };
  } catch (e) {
    return fail(e);
  }
}

export async function rollbackAction(environment: string, to: number): Promise<ActionResult> {
  try {
    const env = envName.parse(environment);
    const m = await requirePermission(publishPermission(env));
    const r = await rollback(m, env, z.number().int().min(1).parse(to));
    revalidatePath("/publishing");
    return { ok: true, message: `Rolled ${env} back to revision ${to} as revision ${r.revision}.` };
  } catch (e) {
    return fail(e);
  }
}

export async function promoteAction(): Promise<ActionResult> {
  try {
    const m = await requirePermission("publish:production");
    const r = await promoteStaging(m);
    revalidatePath("/publishing");
    return { ok: true, message: `Promoted staging to production revision ${r.revision}.` };
  } catch (e) {
    return fail(e);
  }
}
