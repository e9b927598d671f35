"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { saveCapsAction, saveDefaultsAction } from "./actions";
import { Input } from "@/components/ui/input";

interface Row {
  attribute: string;
  fallback: string;
}

export function WorkspaceSection({
  version: openedAt,
  defaults,
  minGapSeconds,
  maxPerSession,
  disputeThresholdPercent,
  canEdit,
}: {
  version: string;
  defaults: Row[];
  minGapSeconds: number;
  maxPerSession: number;
  disputeThresholdPercent: number;
  canEdit: boolean;
}) {
  const [rows, setRows] = useState<Row[]>(defaults);
  const [gap, setGap] = useState(String(minGapSeconds));
  const [max, setMax] = useState(String(maxPerSession));
  const [dispute, setDispute] = useState(String(disputeThresholdPercent));
  const [result, setResult] = useState<ActionResult | null>(null);
  // the version these fields were read at; each save here moves it on
  const [version, setVersion] = useState(openedAt);
  const saved = (r: ActionResult & { version?: string }) => {
    if (r.ok && r.version) setVersion(r.version);
    setResult(r);
  };
  const [pending, start] = useTransition();
  const set = (i: number, patch: Partial<Row>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  return (
    <section className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div>
        <h2 className="text-lg font-semibold">Attribute defaults</h2>
        <p className="text-sm text-slate-500">
          Used when copy says <code>&lt;&lt;name&gt;&gt;</code> without its own fallback and the user has no value.
        </p>
      </div>
      <fieldset disabled={!canEdit || pending} className="space-y-2">
        {rows.map((r, i) => (
          <div key={i} className="flex flex-wrap items-center gap-2 text-sm">
            <Input aria-label={`Attribute ${i + 1}`} value={r.attribute} onChange={(e) => set(i, { attribute: e.target.value })} size="inline" className="w-40" />
            <span>→</span>
            <Input aria-label={`Fallback for ${r.attribute || `attribute ${i + 1}`}`} value={r.fallback} onChange={(e) => set(i, { fallback: e.target.value })} size="inline" className="w-56" />
            {canEdit && (
              <Button type="button" variant="ghost" onClick={() => setRows((x) => x.filter((_, j) => j !== i))}>
                Remove {r.attribute || "row"}
              </Button>
            )}
          </div>
        ))}
        {canEdit && (
          <div className="flex gap-2">
            <Button type="button" variant="ghost" onClick={() => setRows((x) => [...x, { attribute: "", fallback: "" }])}>
              Add a default
            </Button>
            <Button type="button" onClick={() => start(async () => saved(await saveDefaultsAction(rows, version)))}>
              Save defaults
            </Button>
          </div>
        )}
      </fieldset>
      <div>
        <h2 className="text-lg font-semibold">Workspace caps</h2>
        <fieldset disabled={!canEdit || pending} className="mt-2 flex flex-wrap items-end gap-2 text-sm">
          <label>
            Minimum gap between two apologies (seconds)
            <Input type="number" min={0} value={gap} onChange={(e) => setGap(e.target.value)} size="inline" className="ml-2 w-24" />
          </label>
          <label>
            At most this many apologies per session (0 = no limit)
            <Input type="number" min={0} value={max} onChange={(e) => setMax(e.target.value)} size="inline" className="ml-2 w-24" />
          </label>
          <label>
            Flag a campaign when more than this share of its apologies is disputed (%, last 7 days)
            <Input type="number" min={0.1} step={0.1} value={dispute} onChange={(e) => setDispute(e.target.value)} size="inline" className="ml-2 w-24" />
          </label>
          {canEdit && (
            <Button
              type="button"
              onClick={() => start(async () => saved(await saveCapsAction({ minGapSeconds: Number(gap), maxPerSession: Number(max), disputeThresholdPercent: Number(dispute) }, version)))}
            >
              Save caps
            </Button>
          )}
        </fieldset>
      </div>
      <ResultBanner result={result} testId="workspace-result" />
      {result && !result.ok && result.code === "precondition_failed" && (
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          Reload their version
        </Button>
      )}
    </section>
  );
}
