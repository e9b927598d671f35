"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Download } from "lucide-react";
import { TrendChart } from "@/components/charts/trend-chart";
import { formatCount } from "@/lib/format";
import type { StatsResult } from "@/lib/stats/series";
import { RANGES, TYPES, apiQuery, readState, writeState, type TrendsState } from "./trends-query";
import { Input, Select } from "@/components/ui/input";
import { EVENT_NAMES } from "@/lib/stats/lookup";
import { Table, THead } from "@/components/ui/table";

const TYPE_LABELS = EVENT_NAMES;
export function TrendsExplorer() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => readState(new URLSearchParams(params.toString())), [params]);
  const key = writeState(state).toString();
  // What is on screen: the state it was fetched for, the exact API URL (the CSV link reuses it,
  // so the export matches the chart), and the data or the error.
  const [shown, setShown] = useState<{ key: string; url: string; data?: StatsResult; error?: string } | null>(null);
  const problem = apiQuery(state, 0);

  useEffect(() => {
    const q = apiQuery(state, Date.now());
    if (!("query" in q)) return;
    const url = `/api/v1/stats?${q.query}`;
    const ctl = new AbortController();
    fetch(url, { signal: ctl.signal, cache: "no-store" })
      .then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
        setShown({ key, url, data: body as StatsResult });
      })
      .catch((e: Error) => {
        if (e.name !== "AbortError") setShown({ key, url, error: e.message });
      });
    return () => ctl.abort();
  }, [state, key]);

  // Changes build on the last one asked for, not on the last render: two quick changes (series,
  // then measure) must not have the second undo the first before the URL has caught up.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const update = (patch: Partial<TrendsState>) => {
    latest.current = { ...latest.current, ...patch };
    router.replace(`${pathname}?${writeState(latest.current)}`, { scroll: false });
  };
  const toggleType = (t: string) => {
    const types = latest.current.types;
    const next = types.includes(t) ? types.filter((x) => x !== t) : [...types, t];
    if (next.length) update({ types: TYPES.filter((x) => next.includes(x)) });
  };
  const message = "problem" in problem ? problem.problem : shown?.key === key ? shown.error : undefined;
  const data = shown?.data;
  const loading = !message && shown?.key !== key;
  const empty = data && data.series.every((s) => s.counts.every((v) => v === 0));

  return (
    <section className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-end gap-x-5 gap-y-3 text-sm">
        <div role="group" aria-label="Range" className="inline-flex overflow-hidden rounded-md ring-1 ring-slate-300">
          {([...Object.keys(RANGES), "custom"] as TrendsState["range"][]).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={state.range === r}
              onClick={() => update({ range: r })}
              className={`px-2.5 py-1 ${state.range === r ? "bg-indigo-600 text-white" : "bg-white hover:bg-slate-50"}`}
            >
              {r === "custom" ? "Custom" : r}
            </button>
          ))}
        </div>
        {state.range === "custom" && (
          <span className="flex items-center gap-2">
            <label>
              From <Input type="date" value={state.from} onChange={(e) => update({ from: e.target.value })} size="inline" />
            </label>
            <label>
              to <Input type="date" value={state.to} onChange={(e) => update({ to: e.target.value })} size="inline" />
            </label>
          </span>
        )}
        <label>
          Series by{" "}
          <Select value={state.groupBy} onChange={(e) => update({ groupBy: e.target.value as TrendsState["groupBy"] })} size="inline">
            <option value="none">total</option>
            <option value="campaign">campaign</option>
            <option value="trigger">trigger type</option>
            <option value="type">event type</option>
          </Select>
        </label>
        <label>
          Measure{" "}
          <Select value={state.metric} onChange={(e) => update({ metric: e.target.value as TrendsState["metric"] })} size="inline">
            <option value="count">count</option>
            <option value="rate">per 1,000 sessions</option>
          </Select>
        </label>
        <label>
          Environment{" "}
          <Select value={state.env} onChange={(e) => update({ env: e.target.value as TrendsState["env"] })} size="inline">
            <option value="production">production</option>
            <option value="staging">staging</option>
          </Select>
        </label>
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className="sr-only">Event types</legend>
          {TYPES.map((t) => (
            <label key={t} className="flex items-center gap-1">
              <input type="checkbox" checked={state.types.includes(t)} onChange={() => toggleType(t)} />
              {TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
        {data && shown && (
          <a href={`${shown.url}&format=csv`} download className="ml-auto inline-flex items-center gap-1 rounded-md px-2.5 py-1 ring-1 ring-slate-300 hover:bg-slate-50">
            <Download size={14} aria-hidden /> CSV
          </a>
        )}
      </div>

      {message && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {message}
        </p>
      )}
      <div className="relative" aria-busy={loading}>
        {data && !empty && <TrendChart data={data} />}
        {data && empty && (
          <div className="flex h-80 items-center justify-center rounded-lg border border-dashed border-slate-300 text-sm text-slate-500" data-testid="trends-empty">
            No {state.types.map((t) => TYPE_LABELS[t].toLowerCase()).join(" or ")} events in this range.
          </div>
        )}
        {!data && !message && <div className="h-80 animate-pulse rounded-lg bg-slate-100" data-testid="trends-loading" />}
        {loading && data && <p className="absolute right-2 top-2 text-xs text-slate-500">Loading…</p>}
      </div>
      {data && !empty && (
        <Table data-testid="trends-totals">
          <caption className="sr-only">Totals for the range</caption>
          <THead>
            <tr>
              <th className="py-1 font-medium">Series</th>
              <th className="py-1 text-right font-medium">{data.metric === "rate" ? "Per 1,000 sessions" : "Total"}</th>
            </tr>
          </THead>
          <tbody className="divide-y divide-slate-100">
            {data.series.map((s) => (
              <tr key={s.key}>
                <td className="py-1">{s.label}</td>
                <td className="py-1 text-right tabular-nums">{formatCount(s.total)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
