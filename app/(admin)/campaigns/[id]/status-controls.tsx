"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { deleteAction, duplicateAction, setStatusAction } from "../actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

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
        <ConfirmButton
          key={n.to}
          variant="secondary"
          disabled={pending}
          confirm={
            n.to === "archived"
              ? { title: "Archive this campaign?", description: "It stops apologizing once published, and an archived campaign cannot be changed; its counts stay in the charts.", action: "Archive", tone: "primary" }
              : undefined
          }
          onConfirm={() =>
            start(async () => {
              setResult(await setStatusAction(id, n.to));
              router.refresh();
            })
          }
        >
          {n.label}
        </ConfirmButton>
      ))}
      <Button
        variant="ghost"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await duplicateAction(id);
            setResult(r);
            // the copy is what the user wants to edit next
            if (r.ok) router.push(`/campaigns/${r.id}?duplicated=1`);
          })
        }
      >
        Duplicate
      </Button>
      {(status === "draft" || status === "archived") && (
        <ConfirmButton
          variant="danger"
          disabled={pending}
          confirm={{ title: "Delete this campaign for good?", description: "Its past counts stay in the charts.", action: "Delete campaign" }}
          onConfirm={() =>
            start(async () => {
              const r = await deleteAction(id);
              setResult(r);
              if (r.ok) router.replace("/campaigns");
            })
          }
        >
          Delete
        </ConfirmButton>
      )}
      <ResultBanner result={result} testId="status-result" className="basis-full" />
    </div>
  );
}
