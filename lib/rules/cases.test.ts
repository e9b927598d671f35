// Runs the shared conformance table (lib/rules/cases.json) against evaluate(). Any other client
// of the rules format can run the same table; the SDK's browser tests run it too.
import { describe, expect, it } from "vitest";
import table from "./cases.json";
import { compiledRules, type CompiledRules } from "./contract";
import { evaluate, type CapState, type FailureSignal, type PageContext } from "./evaluate";

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

const CASES = table.cases as unknown as Case[];
const rulesets: Record<string, CompiledRules> = Object.fromEntries(
  Object.entries(table.rulesets).map(([k, v]) => [k, compiledRules.parse(v)]),
);

export function toSignal(s: Case["signal"]): FailureSignal {
  const { matchesSelectors, ...rest } = s;
  return (matchesSelectors ? { ...rest, matches: (sel: string) => matchesSelectors.includes(sel) } : rest) as FailureSignal;
}

describe("conformance cases", () => {
  it("has at least 60 cases covering every trigger type and suppression reason", () => {
    const cases = CASES;
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const types = new Set(cases.map((c) => c.signal.type));
    expect([...types].sort()).toEqual(["custom", "http_error", "js_error", "media_stall", "rage_click", "resource_error", "slow_request"]);
    const reasons = new Set(cases.map((c) => c.expect.reason).filter(Boolean));
    expect([...reasons].sort()).toEqual(["audience", "cap", "holdout", "schedule"]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const d = evaluate(rulesets[c.ruleset], toSignal(c.signal), {
      user: c.user,
      caps: structuredClone(c.caps),
      now: Date.parse(c.now),
      page: c.page,
    });
    expect(d.outcome).toBe(c.expect.outcome);
    if (c.expect.campaign) expect(d.outcome !== "none" && d.campaign.id).toBe(c.expect.campaign);
    if (c.expect.reason) expect(d.outcome === "suppressed" && d.reason).toBe(c.expect.reason);
    if (c.expect.title !== undefined) expect(d.outcome === "show" && d.title).toBe(c.expect.title);
    if (c.expect.body !== undefined) expect(d.outcome === "show" && d.body).toBe(c.expect.body);
  });
});
