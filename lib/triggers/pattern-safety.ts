// Save- and publish-time proof that a URL regex cannot freeze a page (#26). The SDK matches URL
// patterns inside the page's own fetch, on every request, with the browser's backtracking engine;
// one pattern with catastrophic backtracking hangs every visitor of every site the workspace
// serves. So a regex is published only when recheck (a ReDoS analyser: static analysis of the
// pattern's automaton plus fuzzing; https://makenowjust-labs.github.io/recheck/) finds its matching
// time linear in the URL's length. recheck runs in its own process (its native agent, or a worker),
// never on the server's event loop. Globs need no check: matchGlob never backtracks.
import { check, type Diagnostics } from "recheck";
import { AppError } from "@/lib/errors";
import type { UrlMatch } from "@/lib/rules/contract";
import type { CompiledTrigger } from "./registry";
import { checkUrlRegex } from "./checks";
import { slowestMatch, SLOW_MATCH_MS } from "./regex-timing";

/** recheck's own budget per pattern (ms); a pattern it cannot settle in time is refused. */
const CHECK_TIMEOUT_MS = 2000;
const verdicts = new Map<string, Promise<string | undefined>>();

function part(source: string, d: Extract<Diagnostics, { status: "vulnerable" }>): string {
  const heat = d.hotspot.filter((h) => h.temperature === "heat");
  const spans = heat.length ? heat : d.hotspot;
  if (!spans.length) return "";
  const start = Math.min(...spans.map((h) => h.start));
  const end = Math.max(...spans.map((h) => h.end));
  return ` (the part “${source.slice(start, end)}”)`;
}

function power(degree: number): string {
  return degree === 2 ? "square" : degree === 3 ? "cube" : `${degree}th power`;
}

async function analyse(source: string, flags: string): Promise<string | undefined> {
  const d = await check(source, flags, { timeout: CHECK_TIMEOUT_MS });
  if (d.status === "safe") {
    // recheck's verdict, checked against V8 itself on the longest URLs the SDK matches
    const timed = await slowestMatch(source, flags);
    if (timed === "timeout") return "This regex takes too long on long URLs: every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.";
    if (timed.worst > SLOW_MATCH_MS) {
      return `This regex takes ${Math.round(timed.worst)} ms on a long URL (one starting “${timed.on.slice(0, 12)}…”), and every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.`;
    }
    return undefined;
  }
  if (d.status === "vulnerable") {
    if (d.complexity.type === "exponential") {
      return `This regex can take time doubling with each character of a URL${part(source, d)}: one request would freeze the visitor's page. Avoid a repetition inside a repetition such as (a+)+, or use a glob.`;
    }
    return `This regex can take time growing with the ${power(d.complexity.degree)} of a URL's length${part(source, d)}, and every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.`;
  }
  return d.error.kind === "timeout"
    ? "This regex is too complex to prove safe in time: simplify it, or use a glob."
    : `This regex cannot be checked for safety (${d.error.kind}): simplify it, or use a glob.`;
}

/**
 * Why the URL pattern `m` cannot be published, or undefined when it can: a regex must compile in
 * JavaScript and in RE2 (checks.ts) and match in time linear in the URL's length (recheck). Globs
 * always can. Verdicts are cached per source and flags (a pattern's safety never changes).
 */
export async function urlPatternProblem(m: UrlMatch | undefined): Promise<string | undefined> {
  if (m?.kind !== "regex") return undefined;
  const syntax = checkUrlRegex(m);
  if (syntax) return syntax.message;
  const key = (m.flags ?? "") + "/" + m.source;
  let v = verdicts.get(key);
  if (!v) {
    v = analyse(m.source, m.flags ?? "");
    if (verdicts.size >= 1000) verdicts.clear();
    verdicts.set(key, v);
    v.catch(() => verdicts.delete(key));
  }
  return v;
}

/** The trigger's URL pattern, if its type has one. */
function urlOf(def: CompiledTrigger): UrlMatch | undefined {
  return "url" in def ? (def.url as UrlMatch | undefined) : undefined;
}

/** Throws a 422 naming `${path}.url.source` when the trigger's URL regex cannot be published. */
export async function assertTriggerPatternsSafe(def: CompiledTrigger, path = "trigger.definition"): Promise<void> {
  const problem = await urlPatternProblem(urlOf(def));
  if (problem) throw new AppError(problem, 422, `${path}.url.source`);
}

/**
 * Throws a 422 naming the first campaign whose trigger's URL regex cannot be published: the last
 * gate before rules reach visitors' pages (publish, rollback and promote all pass here, so a
 * pattern saved before this check existed is caught too). `names` maps campaign ids to names.
 */
export async function assertRulesPatternsSafe(campaigns: { id: string; trigger: CompiledTrigger }[], names: Record<string, string>): Promise<void> {
  for (const c of campaigns) {
    const problem = await urlPatternProblem(urlOf(c.trigger));
    if (problem) throw new AppError(`Campaign “${names[c.id] ?? c.id}”: its URL pattern cannot be published. ${problem}`, 422, "campaign");
  }
}

/**
 * The served body without the campaigns whose URL regex cannot be published. A revision published
 * before this check existed may hold one; a campaign that stops apologizing is far better than
 * every visitor's page freezing, and `onDropped` says which (the server logs it). Bodies without
 * regexes come back as they are, at no cost.
 */
export async function withoutUnsafePatterns<B extends { campaigns: { id: string; trigger: CompiledTrigger }[] }>(body: B, onDropped?: (campaignId: string, problem: string) => void): Promise<B> {
  if (!body.campaigns.some((c) => urlOf(c.trigger)?.kind === "regex")) return body;
  const keep: B["campaigns"] = [];
  for (const c of body.campaigns) {
    const problem = await urlPatternProblem(urlOf(c.trigger));
    if (problem) onDropped?.(c.id, problem);
    else keep.push(c);
  }
  return keep.length === body.campaigns.length ? body : { ...body, campaigns: keep };
}
