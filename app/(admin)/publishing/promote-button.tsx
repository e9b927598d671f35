"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { promoteAction } from "../campaigns/actions";

export function PromoteButton() {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Serve production exactly what staging serves now?")) return;
          start(async () => setResult(await promoteAction()));
        }}
      >
        Promote staging → production
      </Button>
      <ResultBanner result={result} testId="promote-result" />
    </div>
  );
}
