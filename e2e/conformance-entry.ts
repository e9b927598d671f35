// Bundled by e2e/conformance.spec.ts for Chromium: the rule evaluator exactly as the SDK ships it,
// run over the shared conformance table, so browser-specific behaviour (Intl time zones, string
// handling) is checked where users run it.
import table from "../lib/rules/cases.json";
import { caseMismatches, type ConformanceCase } from "../lib/rules/cases-runner";
import type { CompiledRules } from "../lib/rules/contract";

function run(): { total: number; failures: string[] } {
  const cases = table.cases as unknown as ConformanceCase[];
  const rulesets = table.rulesets as unknown as Record<string, CompiledRules>;
  const failures = cases.flatMap((c) => caseMismatches(rulesets[c.ruleset], c).map((m) => `${c.name}: ${m}`));
  return { total: cases.length, failures };
}

(window as unknown as { runConformance: typeof run }).runConformance = run;
