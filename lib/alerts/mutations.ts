// Alert rules: create, change, switch on and off, delete, send a test; and the firing history.
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { lastChange } from "@/lib/audit/last-change";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { AlertRuleInput } from "./schemas";
import { env } from "@/lib/env";
import { deliverWebhook, privateLiteralHost, slackBody } from "./webhook";
import { view, type AlertRuleView } from "./queries";


// The webhook URL can carry a secret token (Slack's does): the audit log keeps only its origin.
const audited = (r: AlertRuleInput) => ({ ...r, webhookUrl: new URL(r.webhookUrl).origin + "/…" });

function ensurePublicWebhook(input: AlertRuleInput) {
  if (env().WEBHOOK_ALLOW_PRIVATE) return;
  const host = privateLiteralHost(input.webhookUrl);
  if (host) {
    throw new AppError(`must reach a public address: ${host} is not one (the server's WEBHOOK_ALLOW_PRIVATE=1 allows it)`, 422, "webhookUrl");
  }
}

async function ensureScope(workspaceId: string, input: AlertRuleInput) {
  if (input.scope.kind !== "campaign") return;
  const c = await db().campaign.findFirst({ where: { id: input.scope.campaignId, workspaceId }, select: { id: true } });
  if (!c) throw new AppError("That campaign does not exist in this workspace", 422, "scope.campaignId");
}

/** Alert rules one workspace may have: every rule is measured each minute (#26). */
export const MAX_ALERT_RULES = 50;

export async function createAlertRule(actor: Actor, input: AlertRuleInput): Promise<AlertRuleView> {
  ensurePublicWebhook(input);
  await ensureScope(actor.workspaceId, input);
  if ((await db().alertRule.count({ where: { workspaceId: actor.workspaceId } })) >= MAX_ALERT_RULES) {
    throw new AppError(`A workspace has at most ${MAX_ALERT_RULES} alert rules: delete one you no longer need first`, 409);
  }
  const r = await db().alertRule.create({ data: { workspaceId: actor.workspaceId, ...input } });
  await recordAudit(actor, { action: "alert.create", targetType: "alert", targetId: r.id, after: audited(input) });
  return view(r);
}

async function own(actor: Actor, id: string) {
  const r = await db().alertRule.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!r) throw new AppError("Alert rule not found", 404);
  return r;
}

/**
 * Changes an alert rule. `ifVersion` (the version the editor read) refuses to overwrite a rule
 * changed since (edited, or turned on or off): 412 naming who changed it and when.
 * Errors: 404 not in this workspace, 422 webhook or scope, 412 stale.
 */
export async function updateAlertRule(actor: Actor, id: string, input: AlertRuleInput, ifVersion?: string): Promise<AlertRuleView> {
  const before = await own(actor, id);
  const stale = async () =>
    AppError.of("precondition_failed", `“${before.name}” was changed by ${await lastChange("alert", id)} after you opened it: reload to see that version (your edits here are not saved).`, "version");
  if (ifVersion !== undefined && ifVersion !== before.updatedAt.toISOString()) throw await stale();
  ensurePublicWebhook(input);
  await ensureScope(actor.workspaceId, input);
  const r = await db()
    .alertRule.update({ where: ifVersion !== undefined ? { id, updatedAt: before.updatedAt } : { id }, data: input })
    .catch(async (e) => {
      if ((e as { code?: string }).code === "P2025") throw await stale();
      throw e;
    });
  await recordAudit(actor, { action: "alert.update", targetType: "alert", targetId: id, before: audited(view(before)), after: audited(input) });
  return view(r);
}

export async function setAlertRuleEnabled(actor: Actor, id: string, enabled: boolean): Promise<AlertRuleView> {
  await own(actor, id);
  const r = await db().alertRule.update({ where: { id }, data: { enabled } });
  await recordAudit(actor, { action: enabled ? "alert.enable" : "alert.disable", targetType: "alert", targetId: id });
  return view(r);
}

export async function deleteAlertRule(actor: Actor, id: string): Promise<void> {
  const r = await own(actor, id);
  await db().alertRule.delete({ where: { id } });
  await recordAudit(actor, { action: "alert.delete", targetType: "alert", targetId: id, before: audited(view(r)) });
}

/** Posts a clearly marked test message to the rule's webhook and says what the receiver answered. */
export async function sendTestAlert(actor: Actor, id: string): Promise<{ ok: boolean; response: string }> {
  const r = await own(actor, id);
  const body = slackBody({ ...r, environment: r.environment, name: `[test] ${r.name}` }, { value: 0, baseline: 0 }, "test message, nothing fired");
  return deliverWebhook(r.webhookUrl, body);
}

