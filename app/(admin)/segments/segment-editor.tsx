"use client";

import { useEffect, useState, useTransition } from "react";
import { AudienceEditor } from "@/components/audience/audience-editor";
import { EMPTY_AUDIENCE } from "@/lib/rules/audience-defaults";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { SegmentView } from "@/lib/segments/queries";
import { deleteSegmentAction, estimateSegmentAction, saveSegmentAction } from "./actions";
import type { AudienceEstimate } from "@/lib/segments/estimate";
import { Input } from "@/components/ui/input";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** "About 42 of 180 users seen in the last 30 days (23 %) match." */
function estimateText(e: AudienceEstimate): string {
  if (!e.environment) return "No identified users seen yet: the estimate appears once the SDK has seen some (MeaCulpa.identify).";
  const path = e.pathIgnored ? "; page-path conditions depend on the page and are not counted" : "";
  if (e.matching === null) return `Fewer than ${e.minimum} of ${e.total.toLocaleString("en")} users seen in ${e.environment} in the last ${e.days} days match${path}.`;
  const pct = e.total ? Math.round((e.matching / e.total) * 100) : 0;
  return `${e.matching.toLocaleString("en")} of ${e.total.toLocaleString("en")} users seen in ${e.environment} in the last ${e.days} days match (${pct}%)${path}.`;
}

export function SegmentEditor({ segment, canEdit, attributes }: { segment: SegmentView | null; canEdit: boolean; attributes: string[] }) {
  const [name, setName] = useState(segment?.name ?? "");
  const [conditions, setConditions] = useState(segment?.conditions ?? EMPTY_AUDIENCE);
  // a new editor after "Create segment": every field back to empty, typed values included
  const [generation, setGeneration] = useState(0);
  const [estimate, setEstimate] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    const t = setTimeout(async () => {
      const r = await estimateSegmentAction(conditions);
      if (!stale) setEstimate(r.ok ? estimateText(r.estimate) : `No estimate: ${r.error}`);
    }, 400);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [conditions]);
  const [result, setResult] = useState<ActionResult | null>(null);
  // the version this editor last read or saved: a segment changed elsewhere since is not overwritten
  const [version, setVersion] = useState(segment?.updatedAt);
  const [pending, start] = useTransition();
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-label={segment ? `Segment ${segment.name}` : "New segment"}>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-sm font-medium">
          Segment name
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            disabled={!canEdit}
            size="inline" className="ml-2"
          />
        </label>
        {segment && <span className="text-xs text-slate-500">used by {segment.usedBy} campaign(s)</span>}
      </div>
      <AudienceEditor key={generation} value={conditions} onChange={setConditions} disabled={!canEdit} attributes={attributes} />
      <p className="text-sm text-slate-600" data-testid="segment-estimate" aria-live="polite">
        {estimate ?? "Estimating…"}
      </p>
      {canEdit && (
        <div className="flex gap-2">
          <Button
            disabled={pending}
            onClick={() =>
              start(async () => {
                const r = await saveSegmentAction(segment?.id ?? null, { name, conditions }, version);
                if (r.ok && segment) setVersion(r.version);
                setResult(r);
                if (r.ok && !segment) {
                  setName("");
                  setConditions(EMPTY_AUDIENCE);
                  setGeneration((g) => g + 1);
                }
              })
            }
          >
            {segment ? "Save segment" : "Create segment"}
          </Button>
          {segment && (
            <ConfirmButton
              variant="ghost"
              disabled={pending}
              confirm={{ title: `Delete the segment “${segment.name}”?`, description: "Campaigns that use it must be changed first.", action: "Delete segment" }}
              onConfirm={() => start(async () => setResult(await deleteSegmentAction(segment.id)))}
            >
              Delete {segment.name}
            </ConfirmButton>
          )}
        </div>
      )}
      <ResultBanner result={result} testId="segment-result" />
      {result && !result.ok && result.code === "precondition_failed" && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload their version
        </Button>
      )}
    </section>
  );
}
