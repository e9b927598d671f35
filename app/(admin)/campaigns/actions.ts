"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { actionError as fail, type ActionResult } from "@/lib/actions/result";
import { publishWorkspaceEnvironment, setCampaignStatus, statusChange } from "@/lib/campaigns/mutations";

export async function setStatusAction(campaignId: string, status: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const input = statusChange.parse({ status });
    const c = await setCampaignStatus({
      workspaceId: m.workspaceId,
      campaignId: z.string().min(1).max(64).parse(campaignId),
      status: input.status,
      actorId: m.userId,
    });
    revalidatePath("/campaigns");
    return { ok: true, message: `“${c.name}” is now ${c.status}. Publish to apply it.` };
  } catch (e) {
    return fail(e);
  }
}

export async function publishAction(environment: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:publish");
    const env = z.enum(["staging", "production"]).parse(environment);
    const r = await publishWorkspaceEnvironment({ workspaceId: m.workspaceId, environment: env, actorId: m.userId });
    revalidatePath("/campaigns");
    return { ok: true, message: `Published ${env} revision ${r.revision}.` };
  } catch (e) {
    return fail(e);
  }
}
