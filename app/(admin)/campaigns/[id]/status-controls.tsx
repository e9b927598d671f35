"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { deleteAction, duplicateAction, setStatusAction } from "../actions";

const NEXT: Record<string, { to: string; label: string }[]> = {
  draft: [{ to: "active", label: "Activate" }, { to: "archived", label: "Archive" }],
  active: [{ to: "paused", label: "Pause" }, { to: "archived", label: "Archive" }],
  paused: [{ to: "active", label: "Resume" }, { to: "archived", label: "Archive" }],
  archived: [],
};

export function StatusControls({ id, status }: { id: string; status: string }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="ml-auto flex flex-wrap items-center gap-2">
      {NEXT[status].map((n) => (
        <Button
          key={n.to}
          variant={n.to === "archived" ? "danger" : "secondary"}
          disabled={pending}
          onClick={() => {
            if (n.to === "archived" && !window.confirm("Archive this campaign? Archived campaigns cannot be changed.")) return;
            start(async () => {
              setResult(await setStatusAction(id, n.to));
              router.refresh();
            });
          }}
        >
          {n.label}
        </Button>
      ))}
      <Button variant="ghost" disabled={pending} onClick={() => start(async () => setResult(await duplicateAction(id)))}>
        Duplicate
      </Button>
      {(status === "draft" || status === "archived") && (
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => {
            if (!window.confirm("Delete this campaign for good? Its past counts stay in the charts.")) return;
            start(async () => {
              const r = await deleteAction(id);
              setResult(r);
              if (r.ok) router.replace("/campaigns");
            });
          }}
        >
          Delete
        </Button>
      )}
      <ResultBanner result={result} testId="status-result" className="basis-full" />
    </div>
  );
}
