"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StatsResult } from "@/lib/stats/series";

const COLORS = ["#6366f1", "#e11d48", "#059669", "#d97706", "#0891b2", "#7c3aed", "#db2777", "#65a30d", "#475569", "#ea580c"];
const MAX_LINES = COLORS.length;

function tick(iso: string, interval: StatsResult["interval"]): string {
  const d = iso.slice(5, 10); // MM-DD (UTC)
  return interval === "day" ? d : `${d} ${iso.slice(11, 16)}`;
}

/** One line per series; beyond ten, the smallest are summed into "Other" so the chart stays readable. */
export function TrendChart({ data }: { data: StatsResult }) {
  const shown = data.series.slice(0, MAX_LINES - 1);
  const rest = data.series.slice(MAX_LINES - 1);
  const lines = rest.length > 1 && data.metric === "count"
    ? [...shown, { key: "__other", label: `Other (${rest.length})`, values: data.buckets.map((_, i) => rest.reduce((s, r) => s + r.values[i], 0)), total: 0 }]
    : data.series.slice(0, MAX_LINES);
  const rows = data.buckets.map((b, i) => {
    const row: Record<string, string | number> = { t: b };
    for (const s of lines) row[s.key || "total"] = s.values[i];
    return row;
  });
  const unit = data.metric === "rate" ? " per 1,000 sessions" : "";
  return (
    <div className="h-80 w-full" role="img" aria-label={`Apologies ${data.metric === "rate" ? "per 1,000 sessions" : "count"} per ${data.interval}, ${lines.map((l) => l.label).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
          <XAxis dataKey="t" tickFormatter={(v) => tick(String(v), data.interval)} minTickGap={32} fontSize={12} stroke="var(--color-slate-500)" />
          <YAxis allowDecimals={data.metric === "rate"} fontSize={12} stroke="var(--color-slate-500)" />
          <Tooltip labelFormatter={(l) => `${tick(String(l), data.interval)} UTC (${data.interval})`} formatter={(v, name) => [`${v}${unit}`, name]} />
          <Legend />
          {lines.map((s, i) => (
            <Line
              key={s.key || "total"}
              type="monotone"
              dataKey={s.key || "total"}
              name={s.label}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              dot={data.buckets.length <= 31}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
