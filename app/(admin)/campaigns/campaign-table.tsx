"use client";

import { flexRender, useTable, type PaginationState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import { bulkStatusAction, setStatusAction } from "./actions";
import { campaignColumns, features, type Row } from "./campaign-columns";
import { TriggerTypeOptions } from "./trigger-fields";
import { Input, Select } from "@/components/ui/input";
import { Table, THead } from "@/components/ui/table";

const PAGE_SIZE = 20;
const STATUSES = ["draft", "active", "paused", "archived"];

/** Sort, filters, search and page live in the URL, so a view can be shared and survives reloads. */
function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === "") next.delete(k);
      else next.set(k, v);
    }
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };
  return { params, set };
}

export function CampaignTable({ rows, canEdit }: { rows: Row[]; canEdit: boolean }) {
  const { params, set } = useUrlState();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [pending, startTransition] = useTransition();

  const status = params.get("status") ?? "";
  const type = params.get("type") ?? "";
  const q = params.get("q") ?? "";
  const [sortId, sortDir] = (params.get("sort") ?? "priority.desc").split(".");
  const sorting: SortingState = [{ id: sortId, desc: sortDir === "desc" }];
  const pagination: PaginationState = { pageIndex: Math.max(0, Number(params.get("page") ?? 1) - 1), pageSize: PAGE_SIZE };

  const data = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return rows.filter(
      (r) =>
        (!status || r.status === status) &&
        (!type || r.triggerType === type) &&
        (!needle || r.name.toLowerCase().includes(needle) || r.triggerName.toLowerCase().includes(needle)),
    );
  }, [rows, status, type, q]);

  const columns = useMemo(
    () =>
      campaignColumns({
        canEdit,
        rowAction: (r) => {
          const next = r.status === "active" ? "paused" : r.status === "paused" || r.status === "draft" ? "active" : null;
          if (!next) return null;
          return (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => startTransition(async () => setResult(await setStatusAction(r.id, next)))}
              aria-label={`${next === "paused" ? "Pause" : "Activate"} ${r.name}`}
            >
              {next === "paused" ? "Pause" : "Activate"}
            </Button>
          );
        },
      }),
    [canEdit, pending],
  );

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.id,
    state: { sorting, pagination, rowSelection: selection },
    onSortingChange: (u) => {
      const s = typeof u === "function" ? u(sorting) : u;
      set({ sort: s[0] ? `${s[0].id}.${s[0].desc ? "desc" : "asc"}` : null, page: null });
    },
    onPaginationChange: (u) => {
      const p = typeof u === "function" ? u(pagination) : u;
      set({ page: p.pageIndex ? String(p.pageIndex + 1) : null });
    },
    onRowSelectionChange: (u) => setSelection((s) => (typeof u === "function" ? u(s) : u)),
  });

  const selected = Object.keys(selection).filter((k) => selection[k]);
  const bulk = (to: "paused" | "active") =>
    startTransition(async () => {
      setResult(await bulkStatusAction(selected, to));
      setSelection({});
    });
  const pageCount = Math.max(1, Math.ceil(data.length / PAGE_SIZE));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          Search
          <Input
            type="search"
            defaultValue={q}
            onChange={(e) => set({ q: e.target.value, page: null })}
            placeholder="name or trigger"
            size="inline" className="ml-2"
          />
        </label>
        <label>
          Status
          <Select value={status} onChange={(e) => set({ status: e.target.value, page: null })} size="inline" className="ml-2">
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </Select>
        </label>
        <label>
          Trigger
          <Select value={type} onChange={(e) => set({ type: e.target.value, page: null })} size="inline" className="ml-2 max-w-[calc(100vw-6rem)]">
            <option value="">any</option>
            <TriggerTypeOptions />
          </Select>
        </label>
        {canEdit && selected.length > 0 && (
          <span className="ml-auto flex items-center gap-2">
            <span className="text-slate-600">{selected.length} selected</span>
            <Button variant="secondary" disabled={pending} onClick={() => bulk("paused")}>
              Pause selected
            </Button>
            <Button variant="secondary" disabled={pending} onClick={() => bulk("active")}>
              Resume selected
            </Button>
          </span>
        )}
      </div>
      <ResultBanner result={result} testId="action-result" />
      <div className="scroll-hint overflow-x-auto rounded-xl shadow-sm ring-1 ring-slate-200" tabIndex={0} role="region" aria-label="Campaigns table">
        <Table>
          <THead banded>
            {table.getHeaderGroups().map((g) => (
              <tr key={g.id}>
                {g.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th key={h.id} className="px-4 py-2 font-medium" aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}>
                      {h.isPlaceholder ? null : h.column.getCanSort() ? (
                        <button className="inline-flex items-center gap-1 uppercase" onClick={h.column.getToggleSortingHandler()}>
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span aria-hidden>{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}</span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </THead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="campaign-row">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-2">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {data.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="px-4 py-8 text-center text-slate-500">
                  {rows.length ? "No campaign matches these filters." : "No campaigns yet. Create the first one."}
                </td>
              </tr>
            )}
          </tbody>
        </Table>
      </div>
      {pageCount > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label="Pages">
          <Button variant="ghost" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
            Previous
          </Button>
          <span>
            Page {pagination.pageIndex + 1} of {pageCount}
          </span>
          <Button variant="ghost" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
