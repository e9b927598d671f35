// The simulator's "why": a sentence per campaign saying what decided it, in the words of the
// builder (which condition of which group failed, which cap and its count, the schedule in the
// campaign's own time zone). Pure: evaluate() says *that* a campaign was suppressed; this says why.
import { conditionMatches, audienceMatches, type PageContext } from "@/lib/rules/audience";
import { bucket } from "@/lib/rules/bucket";
import { CONDITION_WORDS } from "@/lib/rules/condition-words";
import type { CompiledCampaign, CompiledRules, Condition } from "@/lib/rules/contract";
import type { Considered } from "@/lib/rules/evaluate";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const attrName = (a: string) => (a === "$path" ? "page path" : a === "$device" ? "device" : a === "$locale" ? "locale" : a);
const describe = (c: Condition) =>
  `${attrName(c.attr)} ${CONDITION_WORDS[c.op]}${c.op === "exists" || c.op === "nexists" ? "" : ` ${([] as unknown[]).concat(c.value).join(", ")}`}`;

/** The first condition that keeps the user out: "group 2: “plan equals pro” is false (plan is free)". */
export function failedCondition(c: CompiledCampaign, user: Record<string, unknown>, page: PageContext): string | undefined {
  const a = c.audience;
  if (!a || audienceMatches(a, user, page)) return undefined;
  const groups = a.groups.map((g, i) => ({ g, i, ok: (g.op === "and" ? g.conditions.every : g.conditions.some).call(g.conditions, (x) => conditionMatches(x, user, page)) }));
  // groups joined by "and": the first failing group decides; by "or": every group failed, name the first
  const failing = groups.find((x) => !x.ok)!;
  const cond = failing.g.conditions.find((x) => !conditionMatches(x, user, page)) ?? failing.g.conditions[0];
  const actual = cond.attr.startsWith("$") ? page[cond.attr.slice(1) as keyof PageContext] : user[cond.attr];
  const where = a.groups.length > 1 ? `group ${failing.i + 1}${a.op === "or" ? " (and every other group)" : ""}: ` : "";
  return `${where}“${describe(cond)}” is false (${attrName(cond.attr)} is ${actual === undefined || actual === "" ? "not set" : JSON.stringify(actual)})`;
}

/** The schedule in words, with the time it is now in the campaign's time zone. */
export function scheduleWords(c: CompiledCampaign, now: number): string {
  const s = c.schedule!;
  const parts: string[] = [];
  if (s.start) parts.push(`from ${s.start.slice(0, 16).replace("T", " ")}`);
  if (s.end) parts.push(`until ${s.end.slice(0, 16).replace("T", " ")}`);
  if (s.days) parts.push(s.days.map((d) => DAYS[d]).join(", "));
  if (s.startHour !== undefined || s.endHour !== undefined) parts.push(`${String(s.startHour ?? 0).padStart(2, "0")}:00–${String(s.endHour ?? 24).padStart(2, "0")}:00`);
  const local = new Intl.DateTimeFormat("en-GB", { timeZone: s.timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(now);
  return `open ${parts.join(" ")} (${s.timeZone}); it is ${local} there now`;
}

export interface ExplainContext {
  rules: CompiledRules;
  user: Record<string, unknown>;
  page: PageContext;
  now: number;
  /** apologies already shown in the simulated session (to every campaign, and in total) */
  shownThisSession: number;
  /** the campaign that apologizes, if one does (for "lower priority") */
  winner?: { name: string; priority: number };
}

/** Why `c` ended as `result`, in a sentence (the simulator's row). */
export function explain(c: CompiledCampaign, result: Considered["result"], ctx: ExplainContext): string {
  switch (result) {
    case "shown":
      return "apologizes";
    case "lower_priority":
      return ctx.winner ? `matches, but “${ctx.winner.name}” (priority ${ctx.winner.priority}) comes first` : "matches, but a higher-priority campaign comes first";
    case "schedule":
      return `outside its schedule: ${scheduleWords(c, ctx.now)}`;
    case "holdout":
      return `this user is in its ${c.holdoutPercent} % holdout: counted, never shown`;
    case "audience": {
      const failed = failedCondition(c, ctx.user, ctx.page);
      if (failed) return `audience: ${failed}`;
      const key = String(ctx.user.id ?? ctx.user.$anonymousId ?? "");
      return `outside its rollout: it reaches ${c.rolloutPercent} % of users and this one (${key || "anonymous"}) is at ${bucket("rollout", c.id, key).toFixed(1)} %`;
    }
    case "cap": {
      const k = c.caps;
      const n = ctx.shownThisSession;
      if (k.perSession > 0 && n >= k.perSession) return `capped: at most ${k.perSession} per session, ${n} already shown`;
      if (ctx.rules.settings.maxPerSession && n >= ctx.rules.settings.maxPerSession) return `capped: the workspace allows ${ctx.rules.settings.maxPerSession} apologies per session, ${n} already shown`;
      return "capped";
    }
  }
  return result;
}
