// Names for what the rollups store as ids: environments, campaigns, trigger types.
import type { RawSql } from "@/lib/db";
import { triggerName } from "@/lib/triggers/registry";
import type { EnvName } from "@/lib/environments";

export const EVENT_NAMES: Record<string, string> = {
  detected: "Detected",
  shown: "Shown",
  suppressed: "Suppressed",
  dismissed: "Dismissed",
  clicked: "Clicked",
  disputed: "Disputed (\"Nothing's wrong?\")",
};

/** Why a sensed failure was not apologized for (SUPPRESSION_REASONS in lib/events/schemas.ts). */
export const SUPPRESSION_LABELS: Record<string, string> = {
  cap: "A cap was reached",
  holdout: "Holdout group",
  audience: "Outside the audience",
  schedule: "Outside the schedule",
  offline: "Visitor was offline",
  unseen: "Never seen (page hidden)",
  overlap: "Another apology on screen",
};

export async function environmentIdOf(sql: RawSql, workspaceId: string, env: EnvName): Promise<string | null> {
  const rows = await sql.query<{ id: string }>(`SELECT "id" FROM "Environment" WHERE "workspaceId" = $1 AND "name" = $2::"EnvironmentName"`, [workspaceId, env]);
  return rows[0]?.id ?? null;
}

/** Display labels for series keys; a campaign deleted since keeps its id with a note. */
export async function seriesLabels(sql: RawSql, workspaceId: string, groupBy: string, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (groupBy === "none") for (const k of keys) out.set(k, "All apologies");
  if (groupBy === "trigger") for (const k of keys) out.set(k, triggerName(k));
  if (groupBy === "type") for (const k of keys) out.set(k, EVENT_NAMES[k] ?? k);
  if (groupBy === "campaign") {
    const rows = await sql.query<{ id: string; name: string }>(`SELECT "id", "name" FROM "Campaign" WHERE "workspaceId" = $1 AND "id" = ANY($2::text[])`, [workspaceId, keys.filter(Boolean)]);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    for (const k of keys) out.set(k, names.get(k) ?? (k ? `Deleted campaign (${k})` : "No campaign"));
  }
  return out;
}
