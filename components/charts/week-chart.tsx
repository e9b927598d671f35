"use client";

import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { WeeklySummary } from "@/lib/stats/weekly";

const weekday = (iso: string) => new Date(iso + "T12:00:00Z").toLocaleDateString("en-GB", { weekday: "short", timeZone: "UTC" });

/**
 * The week against the last, day by day: apologies shown this week (the day in progress lighter,
 * "so far") beside the same weekday of last week. A fixed 640 × 220 px, so it prints whole on A4
 * (178 mm between 16 mm margins) without waiting for a resize; narrower screens scroll it.
 */
export function WeekChart({ days }: { days: WeeklySummary["days"] }) {
  const rows = days.map((d) => ({ ...d, label: weekday(d.day) + (d.partial ? " (so far)" : "") }));
  const summary = days.map((d) => `${weekday(d.day)} ${d.thisWeek ?? "–"} vs ${d.lastWeek}`).join(", ");
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Apologies shown per day, this week against last week">
      <div role="img" aria-label={`Apologies shown per day, this week vs last week: ${summary}`} data-testid="week-chart">
        <BarChart width={640} height={220} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
          <XAxis dataKey="label" fontSize={12} stroke="var(--color-slate-500)" interval={0} />
          <YAxis allowDecimals={false} fontSize={12} stroke="var(--color-slate-500)" />
          <Tooltip formatter={(v, name) => [v === null || v === undefined ? "not begun" : String(v), name]} />
          <Legend />
          <Bar dataKey="lastWeek" name="Last week" fill="#94a3b8" isAnimationActive={false} />
          <Bar dataKey="thisWeek" name="This week" fill="#4f46e5" isAnimationActive={false}>
            {rows.map((d) => (
              <Cell key={d.day} fillOpacity={d.partial ? 0.5 : 1} />
            ))}
          </Bar>
        </BarChart>
      </div>
    </div>
  );
}
