"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { createCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignInput } from "@/lib/campaigns/schemas";

export const saveCampaignAction = adminAction(
  "campaigns:edit",
  [z.string().min(1).max(64).nullable(), campaignInput],
  async (m, id, input) => {
    const c = id ? await updateCampaign(m, id, input) : await createCampaign(m, input);
    return { id: c.id, message: id ? `Saved “${c.name}”.` : `Created draft “${c.name}”.` };
  },
  { revalidate: ["/campaigns"] },
);

export type SaveResult = Awaited<ReturnType<typeof saveCampaignAction>>;
