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
  /** `changes`: what changed, field by field ("priority: 0 → 5", "message.title: “A” → “B”") */
  changed: { id: string; name: string; changes: string[] }[];
  settingsChanged: boolean;
  /** workspace settings that changed, field by field */
  settingsChanges: string[];
  unchanged: number;
}

export function diffRules(before: CompiledBody | null, after: CompiledBody, names: Record<string, string>): RulesDiff {
  const prev = new Map<string, unknown>((before?.campaigns ?? []).map((c) => [c.id, c]));
  const next = new Map<string, unknown>(after.campaigns.map((c) => [c.id, c]));
  const label = (id: string) => ({ id, name: names[id] ?? id });
  const diff: RulesDiff = { added: [], removed: [], changed: [], unchanged: 0, settingsChanged: false, settingsChanges: [] };
  for (const [id, campaign] of next) {
    if (!prev.has(id)) diff.added.push(label(id));
    else if (!sameRules(prev.get(id), campaign)) diff.changed.push({ ...label(id), changes: fieldChanges(prev.get(id), campaign) });
    else diff.unchanged++;
  }
  for (const id of prev.keys()) if (!next.has(id)) diff.removed.push(label(id));
  diff.settingsChanged = !sameRules(before?.settings, after.settings);
  if (diff.settingsChanged) diff.settingsChanges = fieldChanges(before?.settings, after.settings, "settings");
  return diff;
}

const isCopy = (v: unknown): v is (string | { attr: string; fallback: string })[] =>
  Array.isArray(v) && v.every((p) => typeof p === "string" || (!!p && typeof p === "object" && "attr" in p));

/** A value as a person reads it: lists joined, text quoted, anything else as compact JSON. */
function show(v: unknown): string {
  if (v === undefined) return "(none)";
  if (typeof v === "string") return `“${v}”`;
  if (Array.isArray(v) && v.every((x) => typeof x !== "object")) return v.length ? v.join(", ") : "(none)";
  return JSON.stringify(v);
}

/**
 * The fields that differ between two campaigns (or any two JSON values), as "path: before → after"
 * lines, deepest differing objects first expanded; lists and copy are compared whole.
 */
export function fieldChanges(before: unknown, after: unknown, path = ""): string[] {
  if (sameRules(before, after)) return [];
  const plain = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v);
  if (plain(before) && plain(after)) {
    const a = before as Record<string, unknown>;
    const b = after as Record<string, unknown>;
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().flatMap((k) => fieldChanges(a[k], b[k], path ? `${path}.${k}` : k));
  }
  // a message's title and body are copy parts: shown as the template a person wrote
  if (/(^|\.)(title|body)$/.test(path) && isCopy(before) && isCopy(after)) {
    const text = (c: typeof before) => c.map((p) => (typeof p === "string" ? p : `<<${p.attr}${p.fallback ? `|${p.fallback}` : ""}>>`)).join("");
    return [`${path}: “${text(before)}” → “${text(after)}”`];
  }
  return [`${path}: ${show(before)} → ${show(after)}`];
}
