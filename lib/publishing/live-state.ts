// Where each campaign is live (#27): "active" says what the draft wants, not what visitors get. A
// campaign is live in an environment when that environment's current revision serves it; it has
// changed since when publishing now would serve it differently (or not at all: paused, archived).
import { dequal } from "dequal";
import { db } from "@/lib/db";
import type { EnvName } from "@/lib/environments";
import { compileEnvironment } from "./compile-environment";
import { storedRules } from "./revisions";

/** Live in one environment: the revision serving it, and whether the draft differs from it; null when not served there. */
export type LiveState = { revision: number; changed: boolean } | null;

/** Each campaign's state in staging and production, by campaign id (campaigns live nowhere have null in both). */
export async function liveStates(workspaceId: string): Promise<Record<string, Record<EnvName, LiveState>>> {
  const envs = await db().environment.findMany({
    where: { workspaceId },
    select: { id: true, name: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, rules: true } } },
  });
  const out: Record<string, Record<EnvName, LiveState>> = {};
  for (const env of envs) {
    const rev = env.revisions[0];
    if (!rev) continue;
    const served = storedRules(rev.rules).campaigns;
    const draft = new Map((await compileEnvironment(env.id)).campaigns.map((c) => [c.id, c]));
    for (const c of served) {
      out[c.id] ??= { staging: null, production: null };
      out[c.id][env.name as EnvName] = { revision: rev.number, changed: !dequal(c, draft.get(c.id)) };
    }
  }
  return out;
}
