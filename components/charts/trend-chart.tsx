"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { schemeTableau10 } from "d3-scale-chromatic";
import type { StatsResult } from "@/lib/stats/series";
import { chartLines, OTHER_KEY, type ChartLine } from "./trend-lines";

// Tableau 10 (d3-scale-chromatic), a categorical palette made to tell series apart: ten series take
// its ten colours; past ten, nine series and "Other" in its grey, so no two lines share a colour.
const GREY = schemeTableau10[9];
const colorOf = (lines: ChartLine[], i: number) => (lines[i].key === OTHER_KEY ? GREY : schemeTableau10[i % 10]);

function tick(iso: string, interval: StatsResult["interval"]): string {
  const d = iso.slice(5, 10); // MM-DD (UTC)
  return interval === "day" ? d : `${d} ${iso.slice(11, 16)}`;
}

const fmt = (v: number, rate: boolean) => (rate ? v.toLocaleString("en", { maximumFractionDigits: 2 }) : v.toLocaleString("en"));

/** The hovered bucket's figures: every series (largest first), its sessions, and whether it is still in progress. */
function BucketTooltip({ active, label, data, lines }: TooltipContentProps<number, string> & { data: StatsResult; lines: ChartLine[] }) {
  if (!active || label === undefined) return null;
  const i = data.buckets.indexOf(String(label));
  if (i < 0) return null;
  const rate = data.metric === "rate";
  const few = rate && data.sessions[i] < data.minSessions;
  const rows = lines.map((l, n) => ({ l, n, v: l.values[i] })).sort((a, b) => (b.v ?? -1) - (a.v ?? -1));
  return (
    <div className="rounded-md bg-white px-3 py-2 text-xs shadow-md ring-1 ring-slate-200" data-testid="chart-tooltip">
      <p className="font-medium">
        {tick(data.buckets[i], data.interval)} UTC, {data.interval}
        {data.partial[i] ? " (so far)" : ""}
      </p>
      <ul className="mt-1 space-y-0.5">
        {rows.map(({ l, n, v }) => (
          <li key={l.key} className="flex items-center gap-2">
            <span className="inline-block h-2 w-2 rounded-full" style={{ background: colorOf(lines, n) }} aria-hidden />
            <span className="min-w-0 flex-1 truncate">{l.label}</span>
            <span className="tabular-nums">{v === null ? "–" : fmt(v, rate)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-slate-500">
        {data.sessions[i].toLocaleString("en")} sessions
        {few ? `: too few for a rate (under ${data.minSessions})` : rate ? ", apologies per 1,000 sessions" : ""}
      </p>
    </div>
  );
}

/**
 * One line per series, each its own colour; past nine, the rest are one "Other" line (their sum, or
 * the rate of their sum). Counts are drawn as steps (a bucket's count holds for the whole bucket,
 * a smoothed curve would invent values between them); a bucket still in progress is marked "so
 * far"; a rate is not drawn where too few sessions make it meaningless, and the chart says so.
 */
export function TrendChart({ data }: { data: StatsResult }) {
  const lines = chartLines(data);
  const rate = data.metric === "rate";
  const rows = data.buckets.map((b, i) => {
    const row: Record<string, string | number | null> = { t: b };
    for (const s of lines) row[s.key] = s.values[i];
    return row;
  });
  const partialAt = data.buckets.find((_, i) => data.partial[i]);
  const tooFew = rate ? data.sessions.filter((n) => n < data.minSessions).length : 0;
  return (
    <div className="space-y-1">
      <div
        className="h-80 w-full"
        role="img"
        aria-label={`Apologies ${rate ? "per 1,000 sessions" : "count"} per ${data.interval}: ${lines.map((l) => l.label).join(", ")}${partialAt ? `; the last ${data.interval} is still in progress` : ""}`}
        data-testid="trend-chart"
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
            <XAxis dataKey="t" tickFormatter={(v) => tick(String(v), data.interval)} minTickGap={32} fontSize={12} stroke="var(--color-slate-500)" />
            <YAxis allowDecimals={rate} fontSize={12} stroke="var(--color-slate-500)" />
            <Tooltip content={(p) => <BucketTooltip {...(p as TooltipContentProps<number, string>)} data={data} lines={lines} />} />
            {/* in the lines' order (largest first, "Other" last), not alphabetical */}
            <Legend itemSorter={null} />
            {partialAt && <ReferenceLine x={partialAt} stroke="var(--color-slate-400)" strokeDasharray="4 4" label={{ value: "so far", position: "top", fontSize: 11, fill: "var(--color-slate-500)" }} />}
            {lines.map((s, i) => (
              <Line
                key={s.key}
                type={rate ? "linear" : "stepAfter"}
                dataKey={s.key}
                name={s.label}
                stroke={colorOf(lines, i)}
                strokeWidth={2}
                dot={data.buckets.length <= 31}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {tooFew > 0 && (
        <p className="text-xs text-slate-600" data-testid="chart-min-sessions">
          Rates are drawn only where {data.interval === "hour" ? "an" : "a"} {data.interval} had at least {data.minSessions} sessions: {tooFew} of {data.buckets.length} had fewer and are left blank.
        </p>
      )}
    </div>
  );
}
