// Decides which campaign apologizes for a failure, or why none does. Pure and dependency-free:
// the browser SDK bundles it and the admin's simulator calls it, so both decide identically.
import { audienceMatches, type PageContext } from "./audience";
import { bucket } from "./bucket";
import type { CompiledCampaign, CompiledMessage, CompiledRules } from "./contract";
import { renderCopy } from "./copy";
import { scheduleOpen } from "./schedule";
import { matchUrl } from "./url-match";
import { triggerMatches, type FailureSignal } from "../triggers/matchers";
import { methodMatches } from "../triggers/request-match";

export type { PageContext };

export type { FailureSignal };
export { triggerMatches };

export interface CapState {
  /** apologies shown this session, per campaign id */
  sessionShown: Record<string, number>;
  /** when the last apology of this session was shown (ms since epoch) */
  lastShownAt?: number;
  /** apologies shown this session, all campaigns */
  sessionTotal?: number;
  /** when each campaign apologized to this user (persisted per browser), newest last */
  userShown?: Record<string, number[]>;
  /** incident key → when it was last apologized for */
  incidents?: Record<string, number>;
}

export interface EvalContext {
  user: Record<string, unknown>;
  caps: CapState;
  now: number;
  page?: PageContext;
}

export type SuppressionReason = "cap" | "holdout" | "audience" | "schedule";

export type Decision =
  | {
      outcome: "show";
      campaign: CompiledCampaign;
      title: string;
      body: string;
      /** the "Nothing's wrong?" link's words in the copy's language (absent: the default) */
      dispute?: string;
    }
  | { outcome: "suppressed"; campaign: CompiledCampaign; reason: SuppressionReason }
  | { outcome: "none" };

export interface Considered {
  campaignId: string;
  result: "shown" | "lower_priority" | SuppressionReason;
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

const DAY_MS = 86_400_000;

// Cap state is keyed by campaign id, and ids are any string (a client's own rules may use
// "constructor" or "__proto__"): read only own properties and define them on write, so an id never
// reaches Object.prototype. The state also comes from storage the page can corrupt: check shapes.
const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined =>
  o && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;
function put<T>(o: Record<string, T>, k: string, v: T): T {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  return v;
}
const count = (v: unknown) => (typeof v == "number" ? v : 0);
const timesOf = (v: unknown) => (Array.isArray(v) ? (v as number[]) : []);

/** The same trigger type and URL (without query) is one incident. */
export function incidentKey(campaignId: string, s: FailureSignal): string {
  const url = "url" in s ? s.url.split(/[?#]/)[0] : "name" in s ? s.name : "";
  return campaignId + "|" + s.type + "|" + url;
}

function capReason(c: CompiledCampaign, rules: CompiledRules, s: FailureSignal, caps: CapState, now: number): boolean {
  const k = c.caps;
  if (k.perSession > 0 && count(own(caps.sessionShown, c.id)) >= k.perSession) return true;
  if (rules.settings.maxPerSession && (caps.sessionTotal ?? 0) >= rules.settings.maxPerSession) return true;
  if (caps.lastShownAt !== undefined && rules.settings.minGapMs > 0 && now - caps.lastShownAt < rules.settings.minGapMs) return true;
  const times = timesOf(own(caps.userShown, c.id));
  if (k.perUser && times.filter((t) => now - t < k.perUser!.hours * 3_600_000).length >= k.perUser.count) return true;
  if (k.perDay) {
    const dayStart = now - (now % DAY_MS);
    if (times.filter((t) => t >= dayStart).length >= k.perDay) return true;
  }
  if (k.dedupeWindowMs) {
    const last = own(caps.incidents, incidentKey(c.id, s));
    if (last !== undefined && now - last < k.dedupeWindowMs) return true;
  }
  return false;
}

function suppression(c: CompiledCampaign, rules: CompiledRules, s: FailureSignal, ctx: EvalContext): SuppressionReason | undefined {
  if (!scheduleOpen(c.schedule, ctx.now)) return "schedule";
  if (!audienceMatches(c.audience, ctx.user, ctx.page ?? {})) return "audience";
  const key = String(ctx.user.id ?? ctx.user.$anonymousId ?? "");
  if ((c.rolloutPercent ?? 100) < 100 && bucket("rollout", c.id, key) >= (c.rolloutPercent ?? 100)) return "audience";
  if ((c.holdoutPercent ?? 0) > 0 && bucket("holdout", c.id, key) < (c.holdoutPercent ?? 0)) return "holdout";
  if (capReason(c, rules, s, ctx.caps, ctx.now)) return "cap";
  return undefined;
}

/** Copy for the user's locale: exact locale, then its language, then the default. */
export function pickCopy(m: CompiledMessage, locale?: string): Pick<CompiledMessage, "title" | "body" | "disputeLabel"> {
  if (m.variants && locale) {
    const exact = m.variants[locale] ?? m.variants[locale.toLowerCase()];
    if (exact) return exact;
    const lang = m.variants[locale.split("-")[0].toLowerCase()];
    if (lang) return lang;
  }
  return m;
}

/**
 * The decision for `signal`: the first campaign (rules arrive highest priority first) whose trigger
 * matches and that nothing suppresses apologizes. `considered`, when given, receives each matching
 * campaign's result (the simulator's explanation; the SDK passes none and skips the bookkeeping).
 */
export function evaluate(rules: CompiledRules, signal: FailureSignal, ctx: EvalContext, considered?: Considered[]): Decision {
  let firstSuppressed: { campaign: CompiledCampaign; reason: SuppressionReason } | undefined;
  let winner: CompiledCampaign | undefined;
  // Campaigns arrive in priority order (highest first); the first eligible one apologizes.
  for (const c of rules.campaigns) {
    if (!triggerMatches(c.trigger, signal)) continue;
    if (winner) {
      considered?.push({ campaignId: c.id, result: "lower_priority" });
      continue;
    }
    const reason = suppression(c, rules, signal, ctx);
    if (reason) {
      considered?.push({ campaignId: c.id, result: reason });
      firstSuppressed ??= { campaign: c, reason };
    } else {
      considered?.push({ campaignId: c.id, result: "shown" });
      winner = c;
    }
  }
  if (winner) {
    const copy = pickCopy(winner.message, ctx.page?.locale);
    return {
      outcome: "show",
      campaign: winner,
      title: renderCopy(copy.title, ctx.user),
      body: renderCopy(copy.body, ctx.user),
      dispute: copy.disputeLabel,
    };
  }
  if (firstSuppressed) return { outcome: "suppressed", ...firstSuppressed };
  return { outcome: "none" };
}

/** Updates cap state after an apology was shown (the SDK persists the result). */
export function recordShown(caps: CapState, campaignId: string, signal: FailureSignal, now: number): void {
  put(caps.sessionShown, campaignId, count(own(caps.sessionShown, campaignId)) + 1);
  caps.sessionTotal = (caps.sessionTotal ?? 0) + 1;
  caps.lastShownAt = now;
  const userShown = (caps.userShown ??= {});
  const times = put(userShown, campaignId, timesOf(own(userShown, campaignId)));
  times.push(now);
  // keep what the longest cap window (90 days) can need, bounded
  while (times.length > 100 || (times.length && now - times[0] > 90 * DAY_MS)) times.shift();
  const inc = (caps.incidents ??= {});
  inc[incidentKey(campaignId, signal)] = now;
  for (const k in inc) if (now - inc[k] > DAY_MS) delete inc[k];
}
