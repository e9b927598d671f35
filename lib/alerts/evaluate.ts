// Evaluates every enabled alert rule once a minute. The value is read from minute rollups over the
// rule's window (up to now); the baseline is the same clock window on each of the prior 7 days,
// averaged. Several instances may evaluate at once: the conditional UPDATE of lastFiredAt lets
// exactly one of them fire, and the (rule, minute) unique key on firings backs that up.
import type { RawSql } from "@/lib/db";
import { alertScope, type AlertScope } from "./schemas";
import { deliverWebhook, slackBody } from "./webhook";
import type { EnvName } from "@/lib/environments";
import pLimit, { type LimitFunction } from "p-limit";

const MIN = 60_000;

export interface RuleRow {
  id: string;
  workspaceId: string;
  name: string;
  environment: EnvName;
  metric: string;
  scope: unknown;
  windowMinutes: number;
  mode: string;
  threshold: number;
  webhookUrl: string;
  cooldownMinutes: number;
  lastFiredAt: Date | null;
}

export interface Measured {
  value: number;
  baseline: number;
}

/** Fires at or above the threshold; in baseline mode, a usual level of 0 counts as 1 (so 0 → 2 can fire at ×2). */
export function shouldFire(rule: Pick<RuleRow, "mode" | "threshold">, m: Measured): boolean {
  if (rule.mode === "baseline") return m.value > 0 && m.value >= rule.threshold * Math.max(m.baseline, 1);
  return m.value >= rule.threshold;
}

function scopeSql(scope: AlertScope, firstParam: number): { clause: string; params: unknown[] } {
  if (scope.kind === "campaign") return { clause: `AND r."campaignId" = $${firstParam}`, params: [scope.campaignId] };
  if (scope.kind === "trigger") return { clause: `AND r."triggerType" = $${firstParam}`, params: [scope.triggerType] };
  return { clause: "", params: [] };
}

/** The rule's value over [end - window, end) and its 7-day baseline for the same clock window. */
export async function measure(sql: RawSql, rule: RuleRow, envId: string, end: number): Promise<Measured> {
  const scope = alertScope.parse(rule.scope);
  const start = end - rule.windowMinutes * MIN;
  const type = rule.metric === "rate" ? "shown" : rule.metric;
  const s = scopeSql(scope, 5);
  // d = 0 is the window itself, d = 1..7 the same window on the days before
  const rows = await sql.query<{ d: number; n: string | null; sessions: string | null }>(
    `SELECT d.d,
            sum(r."count") FILTER (WHERE r."eventType" = $4 ${s.clause}) AS n,
            sum(r."count") FILTER (WHERE r."eventType" = 'session') AS sessions
     FROM generate_series(0, 7) AS d(d)
     LEFT JOIN "Rollup" r ON r."granularity" = 'minute' AND r."environmentId" = $1
       AND r."bucketStart" >= $2::timestamp - d.d * interval '1 day'
       AND r."bucketStart" < $3::timestamp - d.d * interval '1 day'
     GROUP BY d.d`,
    [envId, new Date(start), new Date(end), type, ...s.params],
  );
  const at = (d: number) => rows.find((r) => Number(r.d) === d);
  const n = (d: number) => Number(at(d)?.n ?? 0);
  const sessions = (d: number) => Number(at(d)?.sessions ?? 0);
  if (rule.metric === "rate") {
    const rate = (shown: number, sess: number) => (sess > 0 ? (shown * 1000) / sess : 0);
    let bs = 0;
    let bn = 0;
    for (let d = 1; d <= 7; d++) {
      bn += n(d);
      bs += sessions(d);
    }
    return { value: round(rate(n(0), sessions(0))), baseline: round(rate(bn, bs)) };
  }
  let total = 0;
  for (let d = 1; d <= 7; d++) total += n(d);
  return { value: n(0), baseline: round(total / 7) };
}

const round = (x: number) => Math.round(x * 100) / 100;

export interface FiredAlert {
  ruleId: string;
  value: number;
  baseline: number;
  delivered: boolean;
  response: string;
}

/** Rules evaluated (and webhooks awaited, up to 5 s each) at once in a pass, all workspaces together. */
export const ALERT_CONCURRENCY = 8;
/** ...of which one workspace may hold: its slow receivers delay its own alerts, never everyone's. */
export const ALERT_CONCURRENCY_PER_WORKSPACE = 2;

// One queue for the whole process, across passes: a workspace never holds more than its share of
// slots, however many passes its slow receivers span.
const pool = pLimit(ALERT_CONCURRENCY);
const perWorkspace = new Map<string, LimitFunction>(); // one entry per workspace with rules
/** Rules queued or running in the background: one still waiting from an earlier pass is not queued again (no backlog). */
const inFlight = new Set<string>();
function limited<T>(workspaceId: string, ruleId: string, background: boolean, f: () => Promise<T | null>): Promise<T | null> {
  if (background && inFlight.has(ruleId)) return Promise.resolve(null);
  inFlight.add(ruleId);
  let own = perWorkspace.get(workspaceId);
  if (!own) perWorkspace.set(workspaceId, (own = pLimit(ALERT_CONCURRENCY_PER_WORKSPACE)));
  return own(() => pool(f)).finally(() => inFlight.delete(ruleId));
}

/**
 * One pass over all enabled rules; returns the alerts this instance fired. Rules run concurrently,
 * ALERT_CONCURRENCY at once and ALERT_CONCURRENCY_PER_WORKSPACE per workspace (#26: one at a time,
 * a workspace with many rules and dead receivers held every other workspace's alerts). With
 * `background`, the pass returns at once (an empty list) and its rules run on in the queue: the
 * jobs runner's next pass, and so every other workspace's alerts, never wait for slow receivers.
 */
export async function evaluateAlerts(sql: RawSql, opts: { now?: number; publicUrl?: string; background?: boolean } = {}): Promise<FiredAlert[]> {
  const now = opts.now ?? Date.now();
  // the window ends at the end of the current minute, so events of this minute count at once
  const end = Math.floor(now / MIN) * MIN + MIN;
  const rules = await sql.query<RuleRow & { envId: string | null }>(
    `SELECT a.*, e."id" AS "envId" FROM "AlertRule" a
     LEFT JOIN "Environment" e ON e."workspaceId" = a."workspaceId" AND e."name" = a."environment"
     WHERE a."enabled"`,
  );
  const one = async (rule: (typeof rules)[number]): Promise<FiredAlert | null> => {
    try {
      if (!rule.envId) return null;
      if (rule.lastFiredAt && now - new Date(rule.lastFiredAt).getTime() < rule.cooldownMinutes * MIN) return null;
      const m = await measure(sql, rule, rule.envId, end);
      if (!shouldFire(rule, m)) return null;
      return await fire(sql, rule, m, now, end, opts.publicUrl);
    } catch (e) {
      console.error(`[alerts] rule ${rule.id} failed:`, (e as Error).message);
      return null;
    }
  };
  const pass = Promise.all(rules.map((rule) => limited(rule.workspaceId, rule.id, !!opts.background, () => one(rule))));
  if (opts.background) return (void pass, []);
  return (await pass).filter((f): f is FiredAlert => f !== null);
}

async function fire(sql: RawSql, rule: RuleRow, m: Measured, now: number, end: number, publicUrl?: string): Promise<FiredAlert | null> {
  const claimed = await sql.transaction(async (tx) => {
    const won = await tx.query(
      `UPDATE "AlertRule" SET "lastFiredAt" = $2
       WHERE "id" = $1 AND "enabled" AND ("lastFiredAt" IS NULL OR "lastFiredAt" <= $2::timestamp - $3 * interval '1 minute')
       RETURNING "id"`,
      [rule.id, new Date(now), rule.cooldownMinutes],
    );
    if (!won.length) return null;
    const scopeLabel = await describeScope(tx, rule);
    const body = slackBody(rule, m, scopeLabel, publicUrl);
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO "AlertFiring" ("id","workspaceId","alertRuleId","ruleName","firedAt","windowEnd","value","baseline","message")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ("alertRuleId","windowEnd") DO NOTHING RETURNING "id"`,
      [rule.workspaceId, rule.id, rule.name, new Date(now), new Date(end), m.value, m.baseline, body.text],
    );
    return rows.length ? { firingId: rows[0].id, body } : null;
  });
  if (!claimed) return null;
  // delivered outside the transaction: a slow receiver must not hold a database connection
  const result = await deliverWebhook(rule.webhookUrl, claimed.body);
  await sql.query(`UPDATE "AlertFiring" SET "delivered" = $2, "response" = $3 WHERE "id" = $1`, [claimed.firingId, result.ok, result.response]);
  return { ruleId: rule.id, value: m.value, baseline: m.baseline, delivered: result.ok, response: result.response };
}

async function describeScope(tx: Pick<RawSql, "query">, rule: RuleRow): Promise<string> {
  const scope = alertScope.parse(rule.scope);
  if (scope.kind === "campaign") {
    const rows = await tx.query<{ name: string }>(`SELECT "name" FROM "Campaign" WHERE "id" = $1 AND "workspaceId" = $2`, [scope.campaignId, rule.workspaceId]);
    return `campaign “${rows[0]?.name ?? scope.campaignId}”`;
  }
  if (scope.kind === "trigger") return `trigger type ${scope.triggerType}`;
  return "all campaigns";
}
