// Which lines a trend chart draws: the nine largest series, and past them one "Other" line, so no
// series is silently dropped and no two lines share a colour (the palette has nine plus a grey).
import { rates, sum } from "@/lib/stats/rates";
import type { StatsResult } from "@/lib/stats/series";

export const MAX_SERIES_LINES = 9;
export const OTHER_KEY = "__other";

export interface ChartLine {
  key: string;
  label: string;
  values: (number | null)[];
}

/** Up to nine series as they are (series arrive largest first), then "Other (n)": their summed counts, or the rate of the sum. */
export function chartLines(data: StatsResult): ChartLine[] {
  const lines = data.series.map((s) => ({ key: s.key || "total", label: s.label, values: s.values }));
  if (lines.length <= MAX_SERIES_LINES + 1) return lines;
  const rest = data.series.slice(MAX_SERIES_LINES);
  const counts = data.buckets.map((_, i) => sum(rest.map((r) => r.counts[i])));
  return [
    ...lines.slice(0, MAX_SERIES_LINES),
    { key: OTHER_KEY, label: `Other (${rest.length})`, values: data.metric === "rate" ? rates(counts, data.sessions) : counts },
  ];
}
