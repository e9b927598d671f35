// Campaigns that, as about to be published, can never apologize (#27): a schedule whose days and
// hours never open or that has ended, a time zone the runtime does not know, an audience nobody can
// match, a rollout of 0 % or a holdout of 100 %, or an earlier campaign that takes every failure it
// would answer. The publish review lists them, each with why, so "active" never silently means
// "never fires". Pure.
import type { CompiledRules } from "@/lib/rules/contract";
import { openWindows } from "@/lib/rules/schedule-windows";
import { isTimeZone } from "@/lib/rules/time-zones";
import { sameFailure } from "@/lib/campaigns/overlaps";

type Campaign = CompiledRules["campaigns"][number];
type Audience = NonNullable<Campaign["audience"]>;
type Group = Audience["groups"][number];

export interface NeverFires {
  campaignId: string;
  name: string;
  /** why, as a sentence fragment after the campaign's name ("its hours 9→9 never open") */
  reason: string;
}

const WEEK_MS = 7 * 24 * 3_600_000;

function scheduleReason(c: Campaign, now: number): string | undefined {
  const s = c.schedule;
  if (!s) return undefined;
  if (!isTimeZone(s.timeZone)) return `its time zone “${s.timeZone}” is not one, so its days and hours never open`;
  if (s.end && Date.parse(s.end) <= now) return `its schedule ended on ${s.end.slice(0, 10)}`;
  if (s.days || s.startHour !== undefined || s.endHour !== undefined) {
    if (!openWindows(s, now, now + WEEK_MS).length) return `its days and hours never open (hours ${s.startHour ?? 0}→${s.endHour ?? 24} in ${s.timeZone})`;
  }
  return undefined;
}

/** Whether no user can satisfy every condition of an "and" group (same attribute asked two ways). */
function impossibleGroup(g: Group): string | undefined {
  if (g.op !== "and") return undefined;
  const byAttr = new Map<string, Group["conditions"]>();
  for (const c of g.conditions) byAttr.set(c.attr, [...(byAttr.get(c.attr) ?? []), c]);
  for (const [attr, cs] of byAttr) {
    const eq = new Set(cs.filter((c) => c.op === "eq").map((c) => String(c.value)));
    if (eq.size > 1) return `“${attr}” cannot equal both ${[...eq].map((v) => `“${v}”`).join(" and ")}`;
    const [only] = eq;
    if (only !== undefined && cs.some((c) => c.op === "neq" && String(c.value) === only)) return `“${attr}” cannot both equal and not equal “${only}”`;
    if (only !== undefined && cs.some((c) => c.op === "in" && Array.isArray(c.value) && !c.value.map(String).includes(only))) return `“${attr}” equals “${only}”, which its list does not include`;
    if (cs.some((c) => c.op === "exists") && cs.some((c) => c.op === "nexists")) return `“${attr}” cannot both be set and not be set`;
    if (cs.some((c) => c.op === "in" && Array.isArray(c.value) && c.value.length === 0)) return `“${attr}” must be in an empty list`;
  }
  return undefined;
}

function audienceReason(a: Audience | undefined): string | undefined {
  if (!a) return undefined;
  const why = a.groups.map(impossibleGroup);
  const impossible = a.op === "and" ? why.find(Boolean) : why.every(Boolean) ? why[0] : undefined;
  return impossible ? `its audience matches nobody: ${impossible}` : undefined;
}

/** Whether `c` takes every failure of its trigger: nobody left out by audience, schedule, rollout or caps. */
function takesAll(c: Campaign): boolean {
  const caps = c.caps as { perSession?: number; perUser?: unknown; perDay?: number };
  return !c.audience && !c.schedule && (c.rolloutPercent ?? 100) === 100 && !c.holdoutPercent && !caps.perSession && !caps.perUser && !caps.perDay;
}

/**
 * The campaigns of `rules` (in served order: the first that matches a failure takes it) that can
 * never apologize, with why. `names` maps campaign ids to names; `now` in ms.
 */
export function neverFires(rules: Pick<CompiledRules, "campaigns">, names: Record<string, string>, now = Date.now()): NeverFires[] {
  const out: NeverFires[] = [];
  rules.campaigns.forEach((c, i) => {
    const name = names[c.id] ?? c.id;
    const earlier = rules.campaigns.slice(0, i).find((e) => takesAll(e) && sameFailure(e.trigger as Record<string, unknown>, c.trigger as Record<string, unknown>));
    const reason =
      scheduleReason(c, now) ??
      audienceReason(c.audience) ??
      (c.rolloutPercent === 0 ? "its rollout is 0 %: nobody is in it" : undefined) ??
      ((c.holdoutPercent ?? 0) >= 100 ? "its holdout is 100 %: everyone is held out" : undefined) ??
      (earlier ? `“${names[earlier.id] ?? earlier.id}” answers the same failure first, for everyone (raise this one's priority, or narrow that one)` : undefined);
    if (reason) out.push({ campaignId: c.id, name, reason });
  });
  return out;
}
