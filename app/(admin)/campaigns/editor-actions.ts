"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { createCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignInput } from "@/lib/campaigns/schemas";

export const saveCampaignAction = adminAction(
  "campaigns:edit",
  // the third argument: the version the form was opened at (a stale save is refused, not merged)
  [z.string().min(1).max(64).nullable(), campaignInput, z.string().max(40).nullable().optional()],
  async (m, id, input, version) => {
    const c = id ? await updateCampaign(m, id, input, { ifVersion: version ?? undefined }) : await createCampaign(m, input);
    return { id: c.id, version: c.updatedAt, message: id ? `Saved “${c.name}”.` : `Created draft “${c.name}”.` };
  },
  { revalidate: ["/campaigns"] },
);

export type SaveResult = Awaited<ReturnType<typeof saveCampaignAction>>;
