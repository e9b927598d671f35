import { describe, expect, it } from "vitest";
import type { StatsResult } from "@/lib/stats/series";
import { chartLines, MAX_SERIES_LINES, OTHER_KEY } from "./trend-lines";

const result = (n: number, metric: "count" | "rate"): StatsResult => ({
  env: "production",
  from: "",
  to: "",
  interval: "day",
  groupBy: "campaign",
  types: ["shown"],
  metric,
  buckets: ["2026-12-01T00:00:00.000Z", "2026-12-02T00:00:00.000Z"],
  partial: [false, true],
  sessions: [100, 10],
  minSessions: 30,
  series: Array.from({ length: n }, (_, i) => ({ key: `c${i}`, label: `Campaign ${i}`, counts: [n - i, 1], values: metric === "rate" ? [(n - i) * 10, null] : [n - i, 1], total: n - i })),
});

describe("trend chart lines", () => {
  it("draws ten series as they are", () => {
    expect(chartLines(result(10, "count")).map((l) => l.key)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`));
  });

  it("folds the eleventh series and beyond into Other: summed counts, or the rate of the sum", () => {
    const counts = chartLines(result(12, "count"));
    expect(counts).toHaveLength(MAX_SERIES_LINES + 1);
    expect(counts.at(-1)).toEqual({ key: OTHER_KEY, label: "Other (3)", values: [3 + 2 + 1, 3] });
    const rate = chartLines(result(12, "rate"));
    // 6 apologies in 100 sessions = 60 per 1,000; 3 in 10 sessions is too few for a rate
    expect(rate.at(-1)).toEqual({ key: OTHER_KEY, label: "Other (3)", values: [60, null] });
  });
});
