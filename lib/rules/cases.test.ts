// Runs the shared conformance table (lib/rules/cases.json) against evaluate(). Any other client
// of the rules format can run the same table; e2e/conformance.spec.ts runs it in Chromium too.
import { describe, expect, it } from "vitest";
import table from "./cases.json";
import { caseMismatches, type ConformanceCase } from "./cases-runner";
import { compiledRules, type CompiledRules } from "./contract";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";

const CASES = table.cases as unknown as ConformanceCase[];
const rulesets: Record<string, CompiledRules> = Object.fromEntries(
  Object.entries(table.rulesets).map(([k, v]) => [k, compiledRules.parse(v)]),
);

describe("conformance cases", () => {
  it("has at least 60 cases covering every trigger type and suppression reason", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const types = new Set(CASES.map((c) => c.signal.type));
    expect([...types].sort()).toEqual([...TRIGGER_TYPES].sort());
    const reasons = new Set(CASES.map((c) => c.expect.reason).filter(Boolean));
    expect([...reasons].sort()).toEqual(["audience", "cap", "holdout", "schedule"]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(caseMismatches(rulesets[c.ruleset], c)).toEqual([]);
  });
});
