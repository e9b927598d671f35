"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { createWorkspaceAction } from "../actions";

export function NewWorkspaceForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await createWorkspaceAction({ name });
          setResult(r);
          if (r.ok) {
            router.push("/dashboard");
            router.refresh();
          }
        });
      }}
    >
      <label className="block text-sm font-medium">
        Workspace name
        <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </Button>
      <ResultBanner result={result} testId="workspace-create-result" />
    </form>
  );
}
