"use client";

import { tableFeatures, useTable, flexRender, type ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { CampaignRow } from "@/lib/campaigns/queries";
import { setStatusAction } from "./actions";

const features = tableFeatures({});

const STATUS_STYLE: Record<CampaignRow["status"], string> = {
  active: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  paused: "bg-amber-50 text-amber-700 ring-amber-200",
  draft: "bg-slate-50 text-slate-600 ring-slate-200",
  archived: "bg-slate-100 text-slate-500 ring-slate-200",
};

export function CampaignTable({ rows, canEdit }: { rows: CampaignRow[]; canEdit: boolean }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const columns = useMemo<Array<ColumnDef<typeof features, CampaignRow>>>(() => {
    const cols: Array<ColumnDef<typeof features, CampaignRow>> = [
      {
        accessorKey: "name",
        header: "Campaign",
        cell: (i) => (
          <Link href={`/campaigns/${i.row.original.id}`} className="font-medium text-indigo-700 hover:underline">
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
    ];
    if (canEdit) {
      cols.push({
        id: "actions",
        header: "",
        cell: (i) => {
          const r = i.row.original;
          const next = r.status === "active" ? "paused" : r.status === "paused" || r.status === "draft" ? "active" : null;
          if (!next) return null;
          return (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => setResult(await setStatusAction(r.id, next)))
              }
              aria-label={`${next === "paused" ? "Pause" : "Activate"} ${r.name}`}
            >
              {next === "paused" ? "Pause" : "Activate"}
            </Button>
          );
        },
      });
    }
    return cols;
  }, [canEdit, pending]);

  const table = useTable({ features, columns, data: rows });

  return (
    <div className="space-y-3">
      <ResultBanner result={result} testId="action-result" />
      <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => (
                  <th key={h.id} className="px-4 py-2 font-medium">
                    {h.isPlaceholder ? null : flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-2">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="px-4 py-8 text-center text-slate-500">
                  No campaigns yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
