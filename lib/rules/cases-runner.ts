// Runs one conformance case (lib/rules/cases.json) through evaluate() and lists what differs from
// its expectation. Shared by the Vitest runner and the in-browser run, so both judge alike.
// Rulesets are as published; each case evaluates them as the server serves them at its `now`
// (schedules with days or hours get their `open` intervals then), as a client receives them.
import type { CompiledRules } from "./contract";
import { evaluate, type CapState, type FailureSignal, type PageContext } from "./evaluate";
import { withOpenWindows } from "./schedule-windows";

export interface ConformanceCase {
  name: string;
  ruleset: string;
  signal: Record<string, unknown> & { matchesSelectors?: string[] };
  user: Record<string, unknown>;
  page?: PageContext;
  caps: CapState;
  now: string;
  expect: { outcome: string; campaign?: string; reason?: string; title?: string; body?: string };
}

export function caseMismatches(rules: CompiledRules, c: ConformanceCase): string[] {
  const { matchesSelectors, ...rest } = c.signal;
  const signal = (matchesSelectors ? { ...rest, matches: (s: string) => matchesSelectors.includes(s) } : rest) as unknown as FailureSignal;
  const now = Date.parse(c.now);
  const served = { ...rules, campaigns: withOpenWindows(rules.campaigns, now) };
  const d = evaluate(served, signal, { user: c.user, caps: JSON.parse(JSON.stringify(c.caps)), now, page: c.page });
  const got: Record<string, unknown> = {
    outcome: d.outcome,
    campaign: d.outcome === "none" ? undefined : d.campaign.id,
    reason: d.outcome === "suppressed" ? d.reason : undefined,
    title: d.outcome === "show" ? d.title : undefined,
    body: d.outcome === "show" ? d.body : undefined,
  };
  return Object.entries(c.expect)
    .filter(([k, v]) => got[k] !== v)
    .map(([k, v]) => `${k}: got ${JSON.stringify(got[k])}, expected ${JSON.stringify(v)}`);
}
