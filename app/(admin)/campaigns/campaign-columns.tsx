"use client";

import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  type ColumnDef,
} from "@tanstack/react-table";
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import type { CampaignRow } from "@/lib/campaigns/queries";
import type { EnvName } from "@/lib/environments";
import type { LiveState } from "@/lib/publishing/live-state";

export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns,
});

export type Row = CampaignRow & {
  spark: number[];
  dispute: { shown: number; disputed: number; share: number; flagged: boolean } | null;
  /** where visitors get it: the revision serving it per environment, and whether the draft changed since */
  live: Record<EnvName, LiveState>;
};

/** "staging r12 · production r10 (changed since)", or "not live": what visitors get, not what the draft wants. */
export function liveLabel(live: Record<EnvName, LiveState>): string {
  const parts = (["staging", "production"] as const).flatMap((env) => {
    const l = live[env];
    return l ? [`${env} r${l.revision}${l.changed ? " (changed since)" : ""}`] : [];
  });
  return parts.length ? parts.join(" · ") : "not live";
}

const STATUS_STYLE: Record<CampaignRow["status"], string> = {
  active: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  paused: "bg-amber-50 text-amber-700 ring-amber-200",
  draft: "bg-slate-50 text-slate-600 ring-slate-200",
  archived: "bg-slate-100 text-slate-500 ring-slate-200",
};

export function campaignColumns(opts: { canEdit: boolean; rowAction: (r: Row) => React.ReactNode }) {
  const cols: Array<ColumnDef<typeof features, Row>> = [];
  if (opts.canEdit) {
    cols.push({
      id: "select",
      enableSorting: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="Select all on this page"
          checked={table.getIsAllPageRowsSelected()}
          onChange={(e) => table.toggleAllPageRowsSelected(e.target.checked)}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select ${row.original.name}`}
          checked={row.getIsSelected()}
          onChange={(e) => row.toggleSelected(e.target.checked)}
        />
      ),
    });
  }
  cols.push(
    {
      accessorKey: "name",
      header: "Campaign",
      cell: (i) => (
        <Link href={`/campaigns/${i.row.original.id}`} className="font-medium text-indigo-700 underline underline-offset-2 hover:decoration-2">
          {i.getValue() as string}
        </Link>
      ),
    },
    {
      accessorKey: "status",
      header: "Status",
      cell: (i) => {
        const s = i.getValue() as CampaignRow["status"];
        return <span className={`rounded-full px-2 py-0.5 text-xs ring-1 ${STATUS_STYLE[s]}`}>{s}</span>;
      },
    },
    {
      id: "live",
      header: "Live in",
      accessorFn: (r) => liveLabel(r.live),
      cell: (i) => {
        const label = i.getValue() as string;
        return (
          <span data-testid="live-state" className={label === "not live" ? "text-xs text-slate-500" : "text-xs text-slate-700"}>
            {label}
          </span>
        );
      },
    },
    {
      id: "trigger",
      header: "Trigger",
      accessorFn: (r) => r.triggerType,
      cell: (i) => (
        <span>
          <code className="rounded bg-slate-100 px-1 text-xs">{i.row.original.triggerType}</code>{" "}
          <span className="text-slate-500">{i.row.original.triggerName}</span>
        </span>
      ),
    },
    { accessorKey: "priority", header: "Priority" },
    {
      id: "apologies",
      header: "Apologies, 7 days",
      accessorFn: (r) => r.spark.reduce((a, b) => a + b, 0),
      cell: (i) => <Sparkline values={i.row.original.spark} label={`Apologies per day for ${i.row.original.name}`} />,
    },
    {
      id: "disputed",
      header: "Disputed",
      accessorFn: (r) => r.dispute?.share ?? 0,
      cell: (i) => {
        const d = i.row.original.dispute;
        if (!d || !d.disputed) return <span className="text-slate-400">–</span>;
        const text = `${(d.share * 100).toFixed(1)} %`;
        return d.flagged ? (
          <span
            className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-rose-200"
            title={`${d.disputed} of ${d.shown} apologies in 7 days were answered “Nothing's wrong?”: more than the workspace threshold. Check this campaign's trigger.`}
            data-testid="dispute-flag"
          >
            {text} disputed
          </span>
        ) : (
          <span className="text-slate-600" title={`${d.disputed} of ${d.shown} apologies in 7 days`}>
            {text}
          </span>
        );
      },
    },
    {
      accessorKey: "updatedAt",
      header: "Updated",
      cell: (i) => <span className="whitespace-nowrap text-slate-600">{new Date(i.getValue() as string).toLocaleDateString()}</span>,
    },
  );
  if (opts.canEdit) cols.push({ id: "actions", header: "", enableSorting: false, cell: (i) => opts.rowAction(i.row.original) });
  return cols;
}
