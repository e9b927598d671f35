"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LivePoint } from "@/lib/stats/live";

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}

/** Apologies per minute; the last bar is the minute in progress, drawn lighter and labelled "so far". */
export function ApologiesPerMinuteChart({ points }: { points: LivePoint[] }) {
  const last = points.at(-1)?.t;
  return (
    <div className="h-64 w-full" role="img" aria-label="Apologies shown per minute, last hour; the last minute is still in progress">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
          <XAxis dataKey="t" tickFormatter={hhmm} minTickGap={24} fontSize={12} stroke="var(--color-slate-500)" />
          <YAxis allowDecimals={false} fontSize={12} stroke="var(--color-slate-500)" />
          <Tooltip labelFormatter={(l) => `Minute ${hhmm(String(l))}${l === last ? " (so far)" : ""}`} formatter={(v) => [String(v), "Apologies shown"]} />
          <Bar dataKey="shown" radius={[3, 3, 0, 0]} isAnimationActive={false}>
            {points.map((p) => (
              <Cell key={p.t} fill="#6366f1" fillOpacity={p.t === last ? 0.45 : 1} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
