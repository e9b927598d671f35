"use client";
// "Waiting for the first event from your site…", polled every 2 s, turning into the sites events
// arrive from, each with its own first and latest; warns about events refused from sites the
// environment does not list.
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

function when(iso: string): string {
  return new Date(iso).toLocaleString();
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
  const latest = s.sites[0];
  return (
    <div className="space-y-2 text-sm" aria-live="polite">
      {latest ? (
        <>
          <p className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-800 ring-1 ring-emerald-200" data-testid={`live-check-${environment}`}>
            ✓ Events are arriving from <strong>{latest.origin}</strong>
            {latest.lastSdk ? (
              <>
                {" "}
                sent by <strong data-testid={`live-sdk-${environment}`}>{sdkLabel(latest.lastSdk)}</strong>
              </>
            ) : null}
            , the latest at {when(latest.lastAt)}
            {s.sites.length > 1 ? ` (and from ${s.sites.length - 1} other site${s.sites.length > 2 ? "s" : ""}, below)` : ""}.
          </p>
          {/* one row per site: its own first and latest, never another site's (#27) */}
          <div className="overflow-x-auto rounded-md ring-1 ring-slate-200" tabIndex={0} role="region" aria-label={`Sites sending ${environment} events`}>
            <table className="w-full text-left text-sm" data-testid={`live-sites-${environment}`}>
              <thead className="bg-slate-50 text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-1.5 font-medium">Site</th>
                  <th scope="col" className="px-3 py-1.5 font-medium">Sent by</th>
                  <th scope="col" className="px-3 py-1.5 font-medium whitespace-nowrap">First event</th>
                  <th scope="col" className="px-3 py-1.5 font-medium whitespace-nowrap">Latest event</th>
                </tr>
              </thead>
              <tbody>
                {s.sites.map((site) => (
                  <tr key={site.origin} className="border-t border-slate-100" data-testid={`live-site-${environment}`}>
                    <td className="px-3 py-1.5 font-mono text-xs break-all">{site.origin}</td>
                    <td className="px-3 py-1.5">{site.lastSdk ? sdkLabel(site.lastSdk) : "not said"}</td>
                    <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">{when(site.firstAt)}</td>
                    <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">{when(site.lastAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
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
