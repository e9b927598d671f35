"use client";

import { useEffect, useState } from "react";
import { ApologiesPerMinuteChart } from "@/components/charts/apologies-per-minute-chart";
import { formatCount } from "@/lib/format";
import type { LiveStats, Top } from "@/lib/stats/live";
import { Select } from "@/components/ui/input";

const POLL_MS = 3000;

function versusLastWeek(now: number, before: number): string {
  if (now === before) return "no change";
  if (before === 0) return "up from none";
  const pct = Math.round(((now - before) / before) * 100);
  return `${pct > 0 ? "+" : ""}${pct}% vs last week`;
}

function TopList({ title, items, testId }: { title: string; items: Top[]; testId: string }) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-700">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No apologies in the last hour.</p>
      ) : (
        <ol className="mt-2 space-y-1.5 text-sm" data-testid={testId}>
          {items.map((i) => (
            <li key={i.key} className="relative flex items-center gap-3 overflow-hidden rounded px-2 py-1">
              <span className="absolute inset-y-0 left-0 bg-indigo-50" style={{ width: `${(i.count / max) * 100}%` }} aria-hidden />
              <span className="relative min-w-0 flex-1 truncate" title={i.label}>
                {i.label}
              </span>
              <span className="relative tabular-nums font-medium">{formatCount(i.count)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function LiveCanary({ initial }: { initial: LiveStats }) {
  const [stats, setStats] = useState(initial);
  const [env, setEnv] = useState(initial.environment);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    async function tick() {
      try {
        const res = await fetch(`/api/stats/live?env=${env}`, { cache: "no-store" });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const next = (await res.json()) as LiveStats;
        if (!stopped) {
          setStats(next);
          setError(null);
        }
      } catch (e) {
        if (!stopped) setError(`Live updates paused (${(e as Error).message}); retrying.`);
      }
    }
    void tick();
    const id = setInterval(tick, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(id);
    };
  }, [env]);

  return (
    <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-4">
        <h2 className="text-lg font-semibold">Apologies per minute</h2>
        <label className="ml-auto text-sm text-slate-600">
          Environment{" "}
          <Select
            value={env}
            onChange={(e) => setEnv(e.target.value as LiveStats["environment"])}
            size="inline" className="ml-1"
          >
            <option value="production">production</option>
            <option value="staging">staging</option>
          </Select>
        </label>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">This minute</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="apologies-this-minute">
            {formatCount(stats.thisMinute)}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">Last 60 minutes</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="apologies-last-hour">
            {formatCount(stats.total)}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">Same hour last week</dt>
          <dd className="text-3xl font-semibold tabular-nums text-slate-600" data-testid="apologies-last-week">
            {formatCount(stats.sameTimeLastWeek)}
          </dd>
          <dd className="text-xs text-slate-600">{versusLastWeek(stats.total, stats.sameTimeLastWeek)}</dd>
        </div>
      </dl>
      <div className="mt-4">
        <ApologiesPerMinuteChart points={stats.points} />
      </div>
      <p className="mt-2 text-xs text-slate-500" aria-live="polite">
        {error ?? `Updates every ${POLL_MS / 1000} s.`}
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <TopList title="Top triggers, last 60 minutes" items={stats.topTriggers} testId="top-triggers" />
        <TopList title="Top URLs, last 60 minutes" items={stats.topUrls} testId="top-urls" />
      </div>
    </section>
  );
}
