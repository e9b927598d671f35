// What changes between two compiled rule sets, by campaign, for the publish dialog and the audit log.
// Compared as values, not as text: a stored revision comes back from jsonb with its keys in
// another order than a fresh compile, so comparing JSON strings called every campaign "changed".
import { isDeepStrictEqual } from "node:util";
import type { CompiledBody } from "@/lib/rules/compile";

/** Same rules as values (key order ignored; absent and undefined alike, as JSON stores them). */
export function sameRules(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}

export interface RulesDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  changed: { id: string; name: string }[];
  settingsChanged: boolean;
  unchanged: number;
}

export function diffRules(before: CompiledBody | null, after: CompiledBody, names: Record<string, string>): RulesDiff {
  const prev = new Map<string, unknown>((before?.campaigns ?? []).map((c) => [c.id, c]));
  const next = new Map<string, unknown>(after.campaigns.map((c) => [c.id, c]));
  const label = (id: string) => ({ id, name: names[id] ?? id });
  const diff: RulesDiff = { added: [], removed: [], changed: [], unchanged: 0, settingsChanged: false };
  for (const [id, campaign] of next) {
    if (!prev.has(id)) diff.added.push(label(id));
    else if (!sameRules(prev.get(id), campaign)) diff.changed.push(label(id));
    else diff.unchanged++;
  }
  for (const id of prev.keys()) if (!next.has(id)) diff.removed.push(label(id));
  diff.settingsChanged = !sameRules(before?.settings, after.settings);
  return diff;
}
