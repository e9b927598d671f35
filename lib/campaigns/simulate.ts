// "Which campaign would apologize for this failure, and why not the others?" — answered by the same
// evaluate() the SDK runs, over the rules that publishing now would produce.
import { z } from "zod";
import { db } from "@/lib/db";
import { compileEnvironment } from "@/lib/publishing/compile-environment";
import { evaluate, type Considered, type FailureSignal } from "@/lib/rules/evaluate";
import { compiledRules } from "@/lib/rules/contract";
import { withOpenWindows } from "@/lib/rules/schedule-windows";
import { AppError } from "@/lib/errors";
import { failureInput } from "@/lib/triggers/registry";
import { environmentName } from "@/lib/environments";

export const simulateInput = z.object({
  environment: environmentName.default("staging"),
  failure: failureInput,
  user: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});

export interface SimulationRow {
  campaignId: string;
  name: string;
  result: string;
}

export async function simulate(workspaceId: string, input: z.infer<typeof simulateInput>) {
  const env = await db().environment.findUnique({ where: { workspaceId_name: { workspaceId, name: input.environment } } });
  if (!env) throw new AppError("Environment not found", 404);
  const body = await compileEnvironment(env.id);
  const now = Date.now();
  const rules = compiledRules.parse({ ...body, campaigns: withOpenWindows(body.campaigns, now), revision: 0, generatedAt: "", expiresAt: "" });
  const url = "url" in input.failure ? new URL(input.failure.url, "https://example.test").href : "";
  // There is no page here to test CSS selectors against: assume the failing element matches.
  const signal = { ...input.failure, ...("url" in input.failure ? { url } : {}), matches: () => true } as FailureSignal;
  const considered: Considered[] = [];
  const decision = evaluate(rules, signal, { user: input.user, caps: { sessionShown: {} }, now }, considered);
  const campaigns = await db().campaign.findMany({ where: { workspaceId }, select: { id: true, name: true, status: true } });
  const byId = new Map(considered.map((c) => [c.campaignId, c.result]));
  const active = new Set(rules.campaigns.map((c) => c.id));
  const rows: SimulationRow[] = campaigns.map((c) => ({
    campaignId: c.id,
    name: c.name,
    result: !active.has(c.id) ? `not active (${c.status})` : (byId.get(c.id) ?? "trigger does not match"),
  }));
  const order = (r: SimulationRow) => (r.result === "shown" ? 0 : byId.has(r.campaignId) ? 1 : active.has(r.campaignId) ? 2 : 3);
  rows.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  return {
    outcome: decision.outcome,
    apology: decision.outcome === "show" ? { campaignId: decision.campaign.id, title: decision.title, body: decision.body } : null,
    rows,
  };
}
