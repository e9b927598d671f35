// A trigger's settings in words, one line per field, as the builder's labels say them: the
// Triggers list and a campaign reusing a trigger show the same summary.
import type { TriggerField } from "@/lib/triggers/fields";
import { TRIGGERS, type TriggerType } from "@/lib/triggers/registry";

/** [label, value] per field of the type, for a stored definition. */
export function triggerSummary(type: TriggerType, definition: Record<string, unknown>): [string, string][] {
  const shown = (f: TriggerField) => {
    const v = definition[f.key];
    if (f.kind === "url") return v ? `${(v as { kind: string }).kind} ${(v as { source: string }).source}` : "any URL";
    if (f.kind === "list") return ((v as string[] | undefined) ?? []).join(", ") || "any";
    if (f.kind === "checkbox") return (v === undefined ? f.whenAbsent : v) ? "yes" : "no";
    if (f.kind === "audience") return v ? "only when the properties match its conditions" : "any properties";
    if (f.kind === "number" && f.unit === "ms" && typeof v === "number") return `${v / 1000} s`;
    return v === undefined || v === "" ? "—" : String(v);
  };
  return TRIGGERS[type].fields.map((f) => [f.label, shown(f)]);
}
