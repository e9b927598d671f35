// Save- and publish-time proof that a URL regex cannot freeze a page (#26). The SDK matches URL
// patterns inside the page's own fetch, on every request, with the browser's backtracking engine;
// one pattern with catastrophic backtracking hangs every visitor of every site the workspace
// serves. So a regex is published only when recheck (a ReDoS analyser: static analysis of the
// pattern's automaton plus fuzzing; https://makenowjust-labs.github.io/recheck/) finds its matching
// time linear in the URL's length. recheck runs in its own process (its native agent, or a worker),
// never on the server's event loop. Globs need no check: matchGlob never backtracks.
import { LRUCache } from "lru-cache";
import { check, type Diagnostics } from "recheck";
import { AppError } from "@/lib/errors";
import type { UrlMatch } from "@/lib/rules/contract";
import type { CompiledTrigger } from "./registry";
import { checkUrlRegex } from "./checks";
import { slowestMatch, SLOW_MATCH_MS } from "./regex-timing";

/** recheck's own budget per pattern (ms); a pattern it cannot settle in time is refused. */
const CHECK_TIMEOUT_MS = 2000;
const verdicts = new LRUCache<string, Promise<Verdict | undefined>>({ max: 1000 });

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

/** A refusal: the message, and whether it is about the pattern itself (`final`) or only that it could not be checked in time. */
interface Verdict {
  message: string;
  final: boolean;
}

const TOO_COMPLEX = "This regex is too complex to prove safe in time: simplify it, or use a glob.";

/** recheck, bounded by a timer of our own: an agent that dies never answers its pending checks. */
function recheckWithin(source: string, flags: string): Promise<Diagnostics | "timeout"> {
  return Promise.race([
    check(source, flags, { timeout: CHECK_TIMEOUT_MS }).catch(() => "timeout" as const),
    new Promise<"timeout">((r) => setTimeout(r, CHECK_TIMEOUT_MS + 3000, "timeout").unref()),
  ]);
}

async function analyse(source: string, flags: string): Promise<Verdict | undefined> {
  const d = await recheckWithin(source, flags);
  if (d === "timeout") return { message: TOO_COMPLEX, final: false };
  if (d.status === "safe") {
    // recheck's verdict, checked against V8 itself on the longest URLs the SDK matches
    const timed = await slowestMatch(source, flags);
    if (timed === "timeout") return { message: "This regex takes too long on long URLs: every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.", final: false };
    if (timed.worst > SLOW_MATCH_MS) {
      return { message: `This regex takes ${Math.round(timed.worst)} ms on a long URL (one starting “${timed.on.slice(0, 12)}…”), and every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.`, final: true };
    }
    return undefined;
  }
  if (d.status === "vulnerable") {
    if (d.complexity.type === "exponential") {
      return { message: `This regex can take time doubling with each character of a URL${part(source, d)}: one request would freeze the visitor's page. Avoid a repetition inside a repetition such as (a+)+, or use a glob.`, final: true };
    }
    return { message: `This regex can take time growing with the ${power(d.complexity.degree)} of a URL's length${part(source, d)}, and every visitor's page runs it on each request. Anchor it with ^ and $, write [^/]* instead of .*, or use a glob.`, final: true };
  }
  return d.error.kind === "timeout" ? { message: TOO_COMPLEX, final: false } : { message: `This regex cannot be checked for safety (${d.error.kind}): simplify it, or use a glob.`, final: true };
}

/**
 * The verdict on `m`: a regex must compile in JavaScript and in RE2 (checks.ts), be linear for
 * recheck and fast in V8 on pumped URLs (regex-timing.ts). Globs always pass. Final verdicts are
 * cached per source and flags (least recently used out first); "could not check in time" is not
 * (the next save or publish tries again).
 */
async function verdictOn(m: UrlMatch | undefined): Promise<Verdict | undefined> {
  if (m?.kind !== "regex") return undefined;
  const syntax = checkUrlRegex(m);
  if (syntax) return { message: syntax.message, final: true };
  const key = (m.flags ?? "") + "/" + m.source;
  let v = verdicts.get(key);
  if (!v) {
    v = analyse(m.source, m.flags ?? "");
    verdicts.set(key, v);
    v.then(
      (r) => r && !r.final && verdicts.delete(key),
      () => verdicts.delete(key),
    );
  }
  return v;
}

/** Why the URL pattern `m` cannot be saved or published, or undefined when it can. */
export async function urlPatternProblem(m: UrlMatch | undefined): Promise<string | undefined> {
  return (await verdictOn(m))?.message;
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
    // only a verdict about the pattern itself: a check that ran out of time (a busy start) must
    // not take a campaign off visitors' pages
    const v = await verdictOn(urlOf(c.trigger));
    if (v?.final) onDropped?.(c.id, v.message);
    else keep.push(c);
  }
  return keep.length === body.campaigns.length ? body : { ...body, campaigns: keep };
}
