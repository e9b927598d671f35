// "Which campaign would apologize for this failure, and why not the others?" — answered by the same
// evaluate() the SDK runs, over what publishing now would compile or over what is live, with a
// sentence per campaign saying what decided it (simulate-explain.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import { compileEnvironment } from "@/lib/publishing/compile-environment";
import { storedRules } from "@/lib/publishing/revisions";
import { evaluate, type Considered, type FailureSignal } from "@/lib/rules/evaluate";
import { installLinearRegex } from "@/lib/rules/linear-regex";
import { compiledRules } from "@/lib/rules/contract";
import { withOpenWindows } from "@/lib/rules/schedule-windows";
import { AppError } from "@/lib/errors";
import { failureInput } from "@/lib/triggers/registry";
import { environmentName } from "@/lib/environments";
import { explain } from "./simulate-explain";

// URL regexes here run with RE2: a pattern an editor saved cannot stall this process (#26)
installLinearRegex();

export const simulateInput = z.object({
  environment: environmentName.default("staging"),
  /** "draft": the active campaigns as publishing now would compile them; "live": the environment's current revision */
  source: z.enum(["draft", "live"]).default("draft"),
  failure: failureInput,
  user: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** the page the failure happens on, as the SDK reads it: location.pathname, device class, navigator.language */
  page: z
    .object({
      path: z.string().max(2048).optional(),
      device: z.enum(["mobile", "tablet", "desktop"]).optional(),
      locale: z.string().max(35).optional(),
    })
    .default({}),
  /** apologies this user has already seen in the session (the caps' count) */
  shownThisSession: z.number().int().min(0).max(100).default(0),
});

export interface SimulationRow {
  campaignId: string;
  name: string;
  /** shown, lower_priority, audience, schedule, holdout, cap, or why it was not considered */
  result: string;
  /** the sentence saying what decided it */
  why: string;
}

/**
 * Simulates one failure for one user. Errors: 404 no such environment; 409 `source: "live"` with
 * nothing published yet. Returns the outcome, the apology text, the revision simulated (0 = draft)
 * and a row per campaign of the workspace.
 */
export async function simulate(workspaceId: string, input: z.infer<typeof simulateInput>) {
  const env = await db().environment.findUnique({ where: { workspaceId_name: { workspaceId, name: input.environment } } });
  if (!env) throw new AppError("Environment not found", 404);
  let body;
  let revision = 0;
  if (input.source === "live") {
    const live = await db().revision.findFirst({ where: { environmentId: env.id }, orderBy: { number: "desc" } });
    if (!live) throw new AppError(`Nothing is published to ${input.environment} yet: simulate what publishing now would compile`, 409, "source");
    body = storedRules(live.rules);
    revision = live.number;
  } else body = await compileEnvironment(env.id);
  const now = Date.now();
  const rules = compiledRules.parse({ ...body, campaigns: withOpenWindows(body.campaigns, now), revision, generatedAt: "", expiresAt: "" });
  const url = "url" in input.failure ? new URL(input.failure.url, "https://example.test").href : "";
  // There is no page here to test CSS selectors against: assume the failing element matches.
  const signal = { ...input.failure, ...("url" in input.failure ? { url } : {}), matches: () => true } as FailureSignal;
  const n = input.shownThisSession;
  const sessionShown = Object.fromEntries(rules.campaigns.map((c) => [c.id, n]));
  const considered: Considered[] = [];
  // as the SDK: the user's own locale first, then the browser's language (lib/sdk/core.ts)
  const page = { ...input.page, locale: String(input.user.locale || input.page.locale || "") || undefined };
  const decision = evaluate(rules, signal, { user: input.user, caps: { sessionShown, sessionTotal: n }, now, page }, considered);
  const campaigns = await db().campaign.findMany({ where: { workspaceId }, select: { id: true, name: true, status: true } });
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const byId = new Map(considered.map((c) => [c.campaignId, c.result]));
  const served = new Map(rules.campaigns.map((c) => [c.id, c]));
  const winner = decision.outcome === "show" ? { name: names.get(decision.campaign.id) ?? decision.campaign.id, priority: decision.campaign.priority } : undefined;
  const ctx = { rules, user: input.user, page, now, shownThisSession: n, winner };
  const rows: SimulationRow[] = campaigns.map((c) => {
    const compiled = served.get(c.id);
    const result = byId.get(c.id);
    if (!compiled) {
      const why = input.source === "live" ? `not in ${input.environment} revision ${revision}` : `not active (${c.status})`;
      return { campaignId: c.id, name: c.name, result: why, why };
    }
    if (!result) return { campaignId: c.id, name: c.name, result: "trigger does not match", why: "its trigger does not match this failure" };
    return { campaignId: c.id, name: c.name, result, why: explain(compiled, result, ctx) };
  });
  const order = (r: SimulationRow) => (r.result === "shown" ? 0 : byId.has(r.campaignId) ? 1 : served.has(r.campaignId) ? 2 : 3);
  rows.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  return {
    outcome: decision.outcome,
    revision,
    apology: decision.outcome === "show" ? { campaignId: decision.campaign.id, title: decision.title, body: decision.body } : null,
    rows,
  };
}
