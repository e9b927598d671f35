// Bundled by e2e/conformance.spec.ts for Chromium: the rule evaluator exactly as the SDK ships it,
// run over the shared conformance table, so browser-specific behaviour (Intl time zones, string
// handling) is checked where users run it.
import table from "../lib/rules/cases.json";
import type { CompiledRules } from "../lib/rules/contract";
import { evaluate, type CapState, type FailureSignal, type PageContext } from "../lib/rules/evaluate";

interface Case {
  name: string;
  ruleset: string;
  signal: Record<string, unknown> & { matchesSelectors?: string[] };
  user: Record<string, unknown>;
  page?: PageContext;
  caps: CapState;
  now: string;
  expect: { outcome: string; campaign?: string; reason?: string; title?: string; body?: string };
}

function run(): { total: number; failures: string[] } {
  const failures: string[] = [];
  const cases = table.cases as unknown as Case[];
  for (const c of cases) {
    const { matchesSelectors, ...rest } = c.signal;
    const signal = (matchesSelectors ? { ...rest, matches: (s: string) => matchesSelectors.includes(s) } : rest) as FailureSignal;
    const rules = (table.rulesets as unknown as Record<string, CompiledRules>)[c.ruleset];
    const d = evaluate(rules, signal, { user: c.user, caps: JSON.parse(JSON.stringify(c.caps)), now: Date.parse(c.now), page: c.page });
    const got = {
      outcome: d.outcome,
      campaign: d.outcome === "none" ? undefined : d.campaign.id,
      reason: d.outcome === "suppressed" ? d.reason : undefined,
      title: d.outcome === "show" ? d.title : undefined,
      body: d.outcome === "show" ? d.body : undefined,
    };
    for (const k of Object.keys(c.expect) as (keyof typeof got)[]) {
      if (got[k] !== c.expect[k]) failures.push(`${c.name}: ${k} ${JSON.stringify(got[k])} ≠ ${JSON.stringify(c.expect[k])}`);
    }
  }
  return { total: cases.length, failures };
}

(window as unknown as { runConformance: typeof run }).runConformance = run;
