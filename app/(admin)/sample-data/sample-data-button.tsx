"use client";
// Loads or removes the demo workspace's sample data, then re-renders the page with the new counts.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { clearSampleDataAction, loadSampleDataAction } from "./actions";

export function SampleDataButton({ mode }: { mode: "load" | "clear" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2 print:hidden">
      <Button
        variant={mode === "load" ? "primary" : "secondary"}
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await (mode === "load" ? loadSampleDataAction() : clearSampleDataAction());
            if (r.ok) {
              setError(null);
              router.refresh();
            } else setError(r.error);
          })
        }
      >
        {pending ? (mode === "load" ? "Loading sample data…" : "Removing sample data…") : mode === "load" ? "Load sample data" : "Remove sample data"}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
