// Alert rules and their firing history as the Alerts page and API read them.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EnvName } from "@/lib/environments";
import { alertScope, type AlertRuleInput } from "./schemas";

type RuleRecord = Awaited<ReturnType<ReturnType<typeof db>["alertRule"]["findFirstOrThrow"]>>;

export function view(r: RuleRecord) {
  return {
    id: r.id,
    name: r.name,
    environment: r.environment,
    metric: r.metric as AlertRuleInput["metric"],
    scope: alertScope.parse(r.scope),
    windowMinutes: r.windowMinutes,
    mode: r.mode as AlertRuleInput["mode"],
    threshold: r.threshold,
    webhookUrl: r.webhookUrl,
    cooldownMinutes: r.cooldownMinutes,
    enabled: r.enabled,
    lastFiredAt: r.lastFiredAt?.toISOString() ?? null,
    /** its last change by a person (firings write lastFiredAt in SQL, which leaves it): saves name it */
    version: r.updatedAt.toISOString(),
  };
}

export type AlertRuleView = ReturnType<typeof view>;

/** A webhook URL can carry a secret token (Slack's does): what someone who may not edit it sees. */
export function redactWebhook(url: string): string {
  try {
    return new URL(url).origin + "/…";
  } catch {
    return "…";
  }
}

/** One alert rule of the workspace, webhook whole (callers that may edit it). Errors: 404. */
export async function getAlertRule(workspaceId: string, id: string): Promise<AlertRuleView> {
  const r = await db().alertRule.findFirst({ where: { id, workspaceId } });
  if (!r) throw new AppError("Alert rule not found", 404);
  return view(r);
}

/**
 * The workspace's alert rules. The webhook URL is given whole only with `revealSecrets` (callers
 * who may edit the rule); everyone else gets its origin, as the audit log keeps it.
 */
export async function listAlertRules(workspaceId: string, opts: { revealSecrets?: boolean } = {}): Promise<AlertRuleView[]> {
  const rows = await db().alertRule.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return rows.map(view).map((r) => (opts.revealSecrets ? r : { ...r, webhookUrl: redactWebhook(r.webhookUrl) }));
}

export interface FiringView {
  id: string;
  ruleId: string | null;
  ruleName: string;
  firedAt: string;
  value: number;
  baseline: number | null;
  message: string;
  delivered: boolean;
  response: string | null;
}

/** The newest firings, newest first; with `environment`, only those of that environment's rules. */
export async function listFirings(workspaceId: string, take = 50, environment?: EnvName): Promise<FiringView[]> {
  const rows = await db().alertFiring.findMany({
    where: { workspaceId, ...(environment ? { alertRule: { environment } } : {}) },
    orderBy: { firedAt: "desc" },
    take,
  });
  return rows.map((f) => ({
    id: f.id,
    // null when the rule has since been deleted; the name is the one it had when it fired
    ruleId: f.alertRuleId,
    ruleName: f.ruleName,
    firedAt: f.firedAt.toISOString(),
    value: f.value,
    baseline: f.baseline,
    message: f.message,
    delivered: f.delivered,
    response: f.response,
  }));
}
