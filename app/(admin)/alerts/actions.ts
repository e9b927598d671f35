"use server";

import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { createAlertRule, deleteAlertRule, sendTestAlert, setAlertRuleEnabled, updateAlertRule } from "@/lib/alerts/mutations";
import { alertRuleInput } from "@/lib/alerts/schemas";
import { AppError } from "@/lib/errors";

const ruleId = z.string().min(1).max(64);
const revalidate = ["/alerts"];

export const saveAlertRuleAction = adminAction(
  "alerts:manage",
  [ruleId.nullable(), alertRuleInput, z.string().max(40).optional()],
  async (m, id, input, version) => {
    const r = id ? await updateAlertRule(m, id, input, version) : await createAlertRule(m, input);
    return { message: `Saved alert “${r.name}”.` };
  },
  { revalidate },
);

export const toggleAlertRuleAction = adminAction(
  "alerts:manage",
  [ruleId, z.boolean()],
  async (m, id, enabled) => {
    const r = await setAlertRuleEnabled(m, id, enabled);
    return { message: `“${r.name}” is ${r.enabled ? "on" : "off"}.` };
  },
  { revalidate },
);

export const deleteAlertRuleAction = adminAction(
  "alerts:manage",
  [ruleId],
  async (m, id) => {
    await deleteAlertRule(m, id);
    return { message: "Alert deleted." };
  },
  { revalidate },
);

export const testAlertRuleAction = adminAction("alerts:manage", [ruleId], async (m, id) => {
  const r = await sendTestAlert(m, id);
  if (!r.ok) throw new AppError(`Test message not delivered: ${r.response}`, 400);
  return { message: `Test message delivered (${r.response}).` };
});
