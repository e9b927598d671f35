// A realistic rule set for size and speed checks: a mix of trigger types, copy with tokens,
// some audiences and caps — what a workspace with `n` live campaigns would publish.
import { compileRules, type CompiledBody } from "@/lib/rules/compile";
import type { TriggerDefinition } from "@/lib/campaigns/schemas";

const TRIGGERS: TriggerDefinition[] = [
  { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx", "0"] },
  { type: "slow_request", url: { kind: "glob", source: "/api/checkout*" }, methods: ["POST"], thresholdMs: 3000 },
  { type: "js_error", sameOriginOnly: true },
  { type: "resource_error", url: { kind: "glob", source: "*/images/*" } },
  { type: "http_error", url: { kind: "regex", source: "^/api/(cart|orders)/", flags: "i" }, methods: ["GET", "POST"], statuses: ["500", "502", "503"] },
  { type: "rage_click", clicks: 4, withinMs: 1000, selector: "button" },
  { type: "media_stall", selector: "video", stallMs: 3000, count: 3 },
  { type: "custom", name: "payment_failed" },
];

export function typicalRules(n: number): CompiledBody {
  return compileRules({
    settings: { minGapMs: 30_000 },
    attributeDefaults: { name: "there" },
    campaigns: Array.from({ length: n }, (_, i) => ({
      id: `cm${(1e12 + i * 7919).toString(36)}x${i}`,
      priority: 100 - i,
      trigger: TRIGGERS[i % TRIGGERS.length],
      message: {
        title: i % 2 ? "<<name>>, something's wrong." : "Sorry <<name|there>>, that didn't work",
        body: "Sorry about that, we are taking a look.",
        style: "toast",
        position: "bottom-right",
        autoDismissMs: 8000,
      },
      caps: i % 3 === 0 ? { perSession: 1, dedupeWindowMs: 60_000 } : { perSession: 0 },
      audience: i % 4 === 0 ? { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", op: "eq", type: "string", value: "pro" }] }] } : undefined,
    })),
  });
}
