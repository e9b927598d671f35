"use client";

import { useEffect, useState } from "react";
import { ApologiesPerMinuteChart } from "@/components/charts/apologies-per-minute-chart";
import type { LiveStats } from "@/lib/stats/live";

const POLL_MS = 3000;

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
          <select
            value={env}
            onChange={(e) => setEnv(e.target.value as LiveStats["environment"])}
            className="ml-1 rounded-md border border-slate-300 px-2 py-1 text-sm"
          >
            <option value="production">production</option>
            <option value="staging">staging</option>
          </select>
        </label>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">This minute</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="apologies-this-minute">
            {stats.thisMinute}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-slate-500">Last 60 minutes</dt>
          <dd className="text-3xl font-semibold tabular-nums" data-testid="apologies-last-hour">
            {stats.total}
          </dd>
        </div>
      </dl>
      <div className="mt-4">
        <ApologiesPerMinuteChart points={stats.points} />
      </div>
      <p className="mt-2 text-xs text-slate-500" aria-live="polite">
        {error ?? `Updates every ${POLL_MS / 1000} s.`}
      </p>
    </section>
  );
}
