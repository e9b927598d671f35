"use client";
// "Waiting for the first event from your site…", polled every 2 s, turning into where the first
// events came from; warns about events refused from sites the environment does not list.
import { useEffect, useState } from "react";
import type { InstallStatus } from "@/lib/settings/install";
import { installCheckAction } from "./actions";

/** "js/0.1.0" → "the script tag, SDK 0.1.0"; "npm/0.1.0" → "the npm package 0.1.0"; anything else as sent. */
function sdkLabel(sdk: string): string {
  const [kind, version] = sdk.split("/");
  if (kind === "js" && version) return `the script tag (SDK ${version})`;
  if (kind === "npm" && version) return `the npm package ${version}`;
  return sdk;
}

export function LiveCheck({ environment, initial }: { environment: string; initial: InstallStatus }) {
  const [s, setS] = useState(initial);
  useEffect(() => {
    const t = setInterval(async () => {
      const r = await installCheckAction();
      const mine = r.ok ? r.environments.find((e) => e.environment === environment) : undefined;
      if (mine) setS(mine);
    }, 2000);
    return () => clearInterval(t);
  }, [environment]);
  const sdk = s.last?.sdk ?? s.first?.sdk;
  return (
    <div className="space-y-1 text-sm" aria-live="polite">
      {s.first ? (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-800 ring-1 ring-emerald-200" data-testid={`live-check-${environment}`}>
          ✓ Events are arriving from <strong>{s.last?.origin ?? s.first.origin}</strong>
          {sdk ? (
            <>
              {" "}
              sent by <strong data-testid={`live-sdk-${environment}`}>{sdkLabel(sdk)}</strong>
            </>
          ) : null}
          {/* one sentence per origin: "the first at" must be the first from that same site */}
          {!s.last || s.last.origin === s.first.origin ? (
            <>
              : the first at {new Date(s.first.at).toLocaleString()}
              {s.last && s.last.at !== s.first.at ? `, the latest at ${new Date(s.last.at).toLocaleString()}` : ""}.
            </>
          ) : (
            <>
              , the latest at {new Date(s.last.at).toLocaleString()}. The very first came from another site, <strong>{s.first.origin}</strong>, at{" "}
              {new Date(s.first.at).toLocaleString()}.
            </>
          )}
        </p>
      ) : (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-slate-600 ring-1 ring-slate-200" data-testid={`live-check-${environment}`}>
          Waiting for the first event from your site…
        </p>
      )}
      {s.refusedEvents > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 ring-1 ring-amber-200" data-testid={`live-refused-${environment}`}>
          {s.refusedEvents} request(s) refused from a site not listed (last: {s.lastRefusedOrigin}).
        </p>
      )}
    </div>
  );
}
