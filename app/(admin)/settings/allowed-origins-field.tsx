"use client";
// Which sites may send events with this environment's public key, and how many were refused.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { SettingsView } from "@/lib/settings/queries";
import { saveAllowedOriginsAction } from "./actions";

type Env = SettingsView["environments"][number];

export function AllowedOriginsField({ env, canManage }: { env: Env; canManage: boolean }) {
  const [text, setText] = useState(env.allowedOrigins.join("\n"));
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2 text-sm">
      <label className="block font-medium">
        Allowed origins (one per line; empty: any site)
        <Textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} disabled={!canManage} placeholder="https://shop.example.com" className="font-mono" />
      </label>
      <p className="text-slate-500" data-testid={`refused-${env.name}`}>
        {env.refusedEvents
          ? `${env.refusedEvents} request(s) refused from sites not listed (last: ${env.lastRefusedOrigin ?? "unknown"}).`
          : "No events refused: nothing has come from a site not listed."}
      </p>
      {canManage && (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () =>
              setResult(
                await saveAllowedOriginsAction(
                  env.name,
                  text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean),
                ),
              ),
            )
          }
        >
          Save allowed origins
        </Button>
      )}
      <ResultBanner result={result} testId={`origins-result-${env.name}`} />
    </div>
  );
}
