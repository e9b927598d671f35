"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionError } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { createCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignInput } from "@/lib/campaigns/schemas";

export type SaveResult = { ok: true; id: string; message: string } | { ok: false; error: string; field?: string };

export async function saveCampaignAction(id: string | null, raw: unknown): Promise<SaveResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const input = campaignInput.parse(raw);
    const c = id ? await updateCampaign(m, z.string().min(1).max(64).parse(id), input) : await createCampaign(m, input);
    revalidatePath("/campaigns");
    return { ok: true, id: c.id, message: id ? `Saved “${c.name}”.` : `Created draft “${c.name}”.` };
  } catch (e) {
    const r = actionError(e);
    return r.ok ? { ok: false, error: "Unexpected" } : r;
  }
}
