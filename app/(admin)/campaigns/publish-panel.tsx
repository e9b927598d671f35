"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { publishAction } from "./actions";

export interface EnvironmentInfo {
  name: "staging" | "production";
  publicKey: string;
  revision: number;
  publishedAt: string | null;
  publishedBy: string | null;
}

export function PublishPanel({ environments, canPublish }: { environments: EnvironmentInfo[]; canPublish: boolean }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <section className="grid gap-4 sm:grid-cols-2">
      {environments.map((e) => (
        <div key={e.name} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="flex items-center gap-2">
            <h2 className="font-semibold capitalize">{e.name}</h2>
            <span className="text-sm text-slate-500" data-testid={`revision-${e.name}`}>
              revision {e.revision}
            </span>
            {canPublish && (
              <Button
                className="ml-auto"
                disabled={pending}
                onClick={() => start(async () => setResult(await publishAction(e.name)))}
              >
                Publish {e.name}
              </Button>
            )}
          </div>
          <p className="mt-1 text-xs text-slate-500">
            Public key <code className="rounded bg-slate-100 px-1" data-testid={`public-key-${e.name}`}>{e.publicKey}</code>
            {e.publishedAt && (
              <>
                {" "}· published {new Date(e.publishedAt).toLocaleString()}
                {e.publishedBy ? ` by ${e.publishedBy}` : ""}
              </>
            )}
          </p>
        </div>
      ))}
      <ResultBanner result={result} testId="publish-result" className="sm:col-span-2" />
    </section>
  );
}
