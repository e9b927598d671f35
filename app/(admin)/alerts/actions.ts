"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionError, type ActionResult } from "@/lib/actions/result";
import { createAlertRule, deleteAlertRule, sendTestAlert, setAlertRuleEnabled, updateAlertRule } from "@/lib/alerts/mutations";
import { alertRuleInput } from "@/lib/alerts/schemas";
import { requirePermission } from "@/lib/auth/session";

const ruleId = z.string().min(1).max(64);

export async function saveAlertRuleAction(id: string | null, raw: unknown): Promise<ActionResult> {
  try {
    const m = await requirePermission("alerts:manage");
    const input = alertRuleInput.parse(raw);
    const r = id ? await updateAlertRule(m, ruleId.parse(id), input) : await createAlertRule(m, input);
    revalidatePath("/alerts");
    return { ok: true, message: `Saved alert “${r.name}”.` };
  } catch (e) {
    return actionError(e);
  }
}

export async function toggleAlertRuleAction(id: string, enabled: boolean): Promise<ActionResult> {
  try {
    const m = await requirePermission("alerts:manage");
    const r = await setAlertRuleEnabled(m, ruleId.parse(id), z.boolean().parse(enabled));
    revalidatePath("/alerts");
    return { ok: true, message: `“${r.name}” is ${r.enabled ? "on" : "off"}.` };
  } catch (e) {
    return actionError(e);
  }
}

export async function deleteAlertRuleAction(id: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("alerts:manage");
    await deleteAlertRule(m, ruleId.parse(id));
    revalidatePath("/alerts");
    return { ok: true, message: "Alert deleted." };
  } catch (e) {
    return actionError(e);
  }
}

export async function testAlertRuleAction(id: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("alerts:manage");
    const r = await sendTestAlert(m, ruleId.parse(id));
    return r.ok ? { ok: true, message: `Test message delivered (${r.response}).` } : { ok: false, error: `Test message not delivered: ${r.response}` };
  } catch (e) {
    return actionError(e);
  }
}
