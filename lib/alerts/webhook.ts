// Alert delivery: a Slack-compatible JSON body (`text`, plus `blocks` for Slack's layout) POSTed to
// the rule's webhook, with a timeout so a dead receiver cannot stall the evaluator.
import { METRIC_LABELS } from "./schemas";
import type { Measured, RuleRow } from "./evaluate";

export interface SlackBody {
  text: string;
  blocks: { type: "section"; text: { type: "mrkdwn"; text: string } }[];
}

const fmt = (n: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(n);
// Slack mrkdwn treats &, < and > as control characters: names typed by users must not become links
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackBody(
  rule: Pick<RuleRow, "name" | "metric" | "windowMinutes" | "mode" | "threshold" | "environment">,
  m: Measured,
  scopeLabel: string,
  publicUrl?: string,
): SlackBody {
  const metric = (METRIC_LABELS as Record<string, string>)[rule.metric] ?? rule.metric;
  const condition =
    rule.mode === "baseline"
      ? `${m.baseline > 0 ? fmt(Math.round((m.value / m.baseline) * 10) / 10) + "×" : "up from 0 against"} the usual ${fmt(m.baseline)} (alert at ×${fmt(rule.threshold)})`
      : `threshold ${fmt(rule.threshold)}`;
  const text = `Mea Culpa alert “${rule.name}”: ${metric.toLowerCase()} ${fmt(m.value)} in the last ${rule.windowMinutes} min (${rule.environment}, ${scopeLabel}); ${condition}.`;
  const link = publicUrl ? `\n<${publicUrl.replace(/\/$/, "")}/dashboard|Open the live canary>` : "";
  return {
    text,
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `:rotating_light: *${esc(rule.name)}*\n${esc(metric)}: *${fmt(m.value)}* in the last ${rule.windowMinutes} min (${rule.environment}, ${esc(scopeLabel)})\n${esc(condition)}${link}`,
        },
      },
    ],
  };
}

export async function deliverWebhook(url: string, body: unknown, timeoutMs = 5000): Promise<{ ok: boolean; response: string }> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "MeaCulpa-Alerts/1" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    const detail = (await res.text().catch(() => "")).slice(0, 200);
    return { ok: res.ok, response: `HTTP ${res.status}${detail ? `: ${detail}` : ""}` };
  } catch (e) {
    const err = e as Error;
    return { ok: false, response: err.name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : `could not connect: ${err.message}` };
  }
}
