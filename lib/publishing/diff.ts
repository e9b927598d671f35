// What changes between two compiled rule sets, by campaign, for the publish dialog and the audit log.
import type { CompiledBody } from "@/lib/rules/compile";

export interface RulesDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  changed: { id: string; name: string }[];
  settingsChanged: boolean;
  unchanged: number;
}

export function diffRules(before: CompiledBody | null, after: CompiledBody, names: Record<string, string>): RulesDiff {
  const prev = new Map((before?.campaigns ?? []).map((c) => [c.id, JSON.stringify(c)]));
  const next = new Map(after.campaigns.map((c) => [c.id, JSON.stringify(c)]));
  const label = (id: string) => ({ id, name: names[id] ?? id });
  const diff: RulesDiff = { added: [], removed: [], changed: [], unchanged: 0, settingsChanged: false };
  for (const [id, json] of next) {
    if (!prev.has(id)) diff.added.push(label(id));
    else if (prev.get(id) !== json) diff.changed.push(label(id));
    else diff.unchanged++;
  }
  for (const id of prev.keys()) if (!next.has(id)) diff.removed.push(label(id));
  diff.settingsChanged = JSON.stringify(before?.settings ?? null) !== JSON.stringify(after.settings);
  return diff;
}
