"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { deleteTrigger, updateTrigger } from "@/lib/campaigns/triggers";
import { triggerInput } from "@/lib/campaigns/schemas";

const id = z.string().min(1).max(64);
const version = z.string().max(40);

export const saveTriggerAction = adminAction(
  "campaigns:edit",
  [id, triggerInput, version],
  async (m, triggerId, input, ifVersion) => {
    const t = await updateTrigger(m, triggerId, input, ifVersion);
    const n = t.campaigns.length;
    return { message: `Saved trigger “${t.name}”${n ? `: ${n} campaign(s) use it from their next publish` : ""}.`, version: t.version };
  },
  { revalidate: ["/triggers", "/campaigns"] },
);

export const deleteTriggerAction = adminAction(
  "campaigns:edit",
  [id],
  async (m, triggerId) => {
    await deleteTrigger(m, triggerId);
    return { message: "Trigger deleted." };
  },
  { revalidate: ["/triggers"] },
);
