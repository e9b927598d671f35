// Decides which campaign apologizes for a failure, or why none does. Pure and dependency-free:
// the browser SDK bundles it and the admin's simulator calls it, so both decide identically.
import type { CompiledCampaign, CompiledRules, CompiledTrigger } from "./contract";
import { renderCopy } from "./copy";
import { matchUrl } from "./url-match";

export type FailureSignal =
  | { type: "http_error"; url: string; method: string; status: number }
  | { type: "slow_request"; url: string; method: string; elapsedMs: number }
  | { type: "js_error"; message: string; sameOrigin: boolean }
  | { type: "resource_error"; url: string; matches?: (selector: string) => boolean }
  | { type: "media_stall"; stallMs: number; count: number; matches?: (selector: string) => boolean }
  | { type: "rage_click"; clicks: number; withinMs: number; matches?: (selector: string) => boolean }
  | { type: "custom"; name: string };

export interface CapState {
  /** apologies shown this session, per campaign id */
  sessionShown: Record<string, number>;
  /** when the last apology of this session was shown (ms since epoch) */
  lastShownAt?: number;
}

export type SuppressionReason = "cap" | "holdout" | "audience" | "schedule";

export type Decision =
  | {
      outcome: "show";
      campaign: CompiledCampaign;
      title: string;
      body: string;
      considered: Considered[];
    }
  | { outcome: "suppressed"; campaign: CompiledCampaign; reason: SuppressionReason; considered: Considered[] }
  | { outcome: "none"; considered: Considered[] };

export interface Considered {
  campaignId: string;
  result: "shown" | "lower_priority" | SuppressionReason;
}

function statusMatches(patterns: string[], status: number): boolean {
  const s = String(status);
  for (const p of patterns) {
    if (p === s) return true;
    if (p.length === 3 && p.endsWith("xx") && status >= 100 && s[0] === p[0]) return true;
  }
  return false;
}

function methodMatches(methods: string[], method: string): boolean {
  return methods.length === 0 || methods.includes(method.toUpperCase());
}

export function triggerMatches(t: CompiledTrigger, s: FailureSignal): boolean {
  if (t.type !== s.type) return false;
  switch (t.type) {
    case "http_error": {
      const x = s as Extract<FailureSignal, { type: "http_error" }>;
      return statusMatches(t.statuses, x.status) && methodMatches(t.methods, x.method) && matchUrl(t.url, x.url);
    }
    case "slow_request": {
      const x = s as Extract<FailureSignal, { type: "slow_request" }>;
      return x.elapsedMs >= t.thresholdMs && methodMatches(t.methods, x.method) && matchUrl(t.url, x.url);
    }
    case "js_error": {
      const x = s as Extract<FailureSignal, { type: "js_error" }>;
      if (t.sameOriginOnly && !x.sameOrigin) return false;
      return !t.messageContains || x.message.includes(t.messageContains);
    }
    case "resource_error": {
      const x = s as Extract<FailureSignal, { type: "resource_error" }>;
      if (t.selector && !(x.matches && x.matches(t.selector))) return false;
      return matchUrl(t.url, x.url);
    }
    case "media_stall": {
      const x = s as Extract<FailureSignal, { type: "media_stall" }>;
      if (t.selector && !(x.matches && x.matches(t.selector))) return false;
      return x.stallMs >= t.stallMs || x.count >= t.count;
    }
    case "rage_click": {
      const x = s as Extract<FailureSignal, { type: "rage_click" }>;
      if (t.selector && !(x.matches && x.matches(t.selector))) return false;
      return x.clicks >= t.clicks && x.withinMs <= t.withinMs;
    }
    case "custom":
      return (s as Extract<FailureSignal, { type: "custom" }>).name === t.name;
  }
}

/** The smallest slow_request threshold that could apply to a request, or undefined if none. */
export function slowThreshold(rules: CompiledRules, url: string, method: string): number | undefined {
  let min: number | undefined;
  for (const c of rules.campaigns) {
    const t = c.trigger;
    if (t.type === "slow_request" && methodMatches(t.methods, method) && matchUrl(t.url, url)) {
      if (min === undefined || t.thresholdMs < min) min = t.thresholdMs;
    }
  }
  return min;
}

export function evaluate(
  rules: CompiledRules,
  signal: FailureSignal,
  user: Record<string, unknown>,
  caps: CapState,
  now: number,
): Decision {
  const considered: Considered[] = [];
  let firstSuppressed: { campaign: CompiledCampaign; reason: SuppressionReason } | undefined;
  let winner: CompiledCampaign | undefined;
  // Campaigns arrive in priority order (highest first); the first eligible one apologizes.
  for (const c of rules.campaigns) {
    if (!triggerMatches(c.trigger, signal)) continue;
    if (winner) {
      considered.push({ campaignId: c.id, result: "lower_priority" });
      continue;
    }
    let reason: SuppressionReason | undefined;
    const shown = caps.sessionShown[c.id] ?? 0;
    if (c.caps.perSession > 0 && shown >= c.caps.perSession) reason = "cap";
    else if (
      caps.lastShownAt !== undefined &&
      rules.settings.minGapMs > 0 &&
      now - caps.lastShownAt < rules.settings.minGapMs
    )
      reason = "cap";
    if (reason) {
      considered.push({ campaignId: c.id, result: reason });
      firstSuppressed ??= { campaign: c, reason };
    } else {
      considered.push({ campaignId: c.id, result: "shown" });
      winner = c;
    }
  }
  if (winner) {
    return {
      outcome: "show",
      campaign: winner,
      title: renderCopy(winner.message.title, user),
      body: renderCopy(winner.message.body, user),
      considered,
    };
  }
  if (firstSuppressed) return { outcome: "suppressed", ...firstSuppressed, considered };
  return { outcome: "none", considered };
}
