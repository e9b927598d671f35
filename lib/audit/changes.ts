// Flattens before/after objects into the fields that changed, for the audit log's diff column.
export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

function flatten(v: unknown, prefix: string, out: Map<string, string>) {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, v === undefined ? "" : JSON.stringify(v));
  }
}

export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before ?? {}, "", a);
  flatten(after ?? {}, "", b);
  const changes: FieldChange[] = [];
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (path === "updatedAt") continue;
    const x = a.get(path) ?? "";
    const y = b.get(path) ?? "";
    if (x !== y) changes.push({ path, before: x, after: y });
  }
  return changes;
}
