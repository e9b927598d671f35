// Shown on every admin page of a workspace whose charts include sample data, so no one reads
// made-up history as their product's: "sample data" wherever it shows.
import { cache } from "react";
import { can, type Role } from "@/lib/auth/permissions";
import { hasSampleData, SAMPLE_DAYS } from "@/lib/sample-data";
import { SampleDataButton } from "./sample-data-button";

// the layout's note and the dashboard's offer ask in the same request: one query
const sampleDataIn = cache(hasSampleData);

export async function SampleDataBanner({ workspaceId, role }: { workspaceId: string; role: Role }) {
  if (!(await sampleDataIn(workspaceId))) return null;
  return (
    <div role="note" aria-label="Sample data" className="border-b border-amber-200 bg-amber-50 print:border-0" data-testid="sample-data-banner">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-2 text-sm text-amber-900 sm:px-6">
        <span>
          <strong>Sample data</strong>: charts, trends and reports of this workspace include {SAMPLE_DAYS} days of made-up history.
        </span>
        {can(role, "settings:edit") ? <SampleDataButton mode="clear" /> : <span className="text-amber-800">An admin can remove it.</span>}
      </div>
    </div>
  );
}

/** The dashboard's offer to fill the demo workspace's empty charts (nothing for other workspaces). */
export async function SampleDataOffer({ workspaceId, role, allowed }: { workspaceId: string; role: Role; allowed: boolean }) {
  if (!allowed || !can(role, "settings:edit") || (await sampleDataIn(workspaceId))) return null;
  return (
    <section aria-label="Sample data offer" className="flex flex-wrap items-center gap-3 rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200">
      <p className="min-w-0 flex-1 text-slate-600">
        This is the demo workspace. Load {SAMPLE_DAYS} days of sample history to see what Trends and the Weekly report look like after a few weeks; it is labelled as sample
        data everywhere and removed with one button.
      </p>
      <SampleDataButton mode="load" />
    </section>
  );
}
