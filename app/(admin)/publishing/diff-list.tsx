"use client";
// A rules diff as a person reads it: campaigns added, removed and changed field by field, and the
// workspace settings; the publish review, the rollback and promote dialogs and "compare" use it.
import type { RulesDiff } from "@/lib/publishing/diff";

export const noChanges = (d: RulesDiff) => !d.added.length && !d.changed.length && !d.removed.length && !d.settingsChanged;

export function DiffList({ diff, testId = "publish-diff", nothing: nothingText = "No changes against the current revision." }: { diff: RulesDiff; testId?: string; nothing?: string }) {
  const rows: [string, { id: string; name: string }[], string][] = [
    ["Added", diff.added, "text-emerald-700"],
    ["Removed", diff.removed, "text-rose-700"],
  ];
  const nothing = noChanges(diff);
  return (
    <div className="text-sm" data-testid={testId}>
      {nothing && <p className="text-slate-600">{nothingText}</p>}
      {rows.map(([label, items, color]) =>
        items.length ? (
          <p key={label} className={color}>
            {label}: {items.map((i) => i.name).join(", ")}
          </p>
        ) : null,
      )}
      {diff.changed.map((c) => (
        <div key={c.id} className="text-amber-800" data-testid="diff-changed">
          <p>Changed: {c.name}</p>
          <ul className="ml-4 list-disc text-xs">
            {c.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {diff.settingsChanged && (
        <div className="text-amber-800">
          <p>Workspace settings changed</p>
          <ul className="ml-4 list-disc text-xs">
            {diff.settingsChanges.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-slate-500">{diff.unchanged} unchanged.</p>
    </div>
  );
}
