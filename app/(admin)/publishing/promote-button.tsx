"use client";

import { useState, useTransition } from "react";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { previewPromoteAction, promoteAction } from "../campaigns/actions";
import { DiffList } from "./diff-list";
import { ConfirmButton } from "@/components/ui/confirm-button";

export function PromoteButton() {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ConfirmButton
        variant="primary"
        disabled={pending}
        confirm={{
          title: "Promote staging to production?",
          description: "Production will serve exactly what staging serves now, as a new revision. In production:",
          action: "Promote",
          tone: "primary",
          details: async () => {
            const p = await previewPromoteAction();
            if (!p.ok) throw new Error(p.error);
            return <DiffList diff={p.diff} testId="promote-diff" nothing={`Production already serves staging's revision ${p.stagingRevision}: promoting changes nothing.`} />;
          },
        }}
        onConfirm={() => start(async () => setResult(await promoteAction()))}
      >
        Promote staging → production
      </ConfirmButton>
      <ResultBanner result={result} testId="promote-result" />
    </div>
  );
}
