// The trends page's state lives in the URL (shareable, survives reload); this turns it into the
// stats API query.
export const RANGES = { "24h": 24, "7d": 24 * 7, "30d": 24 * 30, "90d": 24 * 90 } as const;
export type Range = keyof typeof RANGES | "custom";
import { CHART_EVENT_TYPES } from "@/lib/events/schemas";

export const TYPES = CHART_EVENT_TYPES;

export interface TrendsState {
  env: "production" | "staging";
  range: Range;
  from: string; // yyyy-mm-dd, custom range only
  to: string;
  groupBy: "none" | "campaign" | "trigger" | "type";
  types: string[];
  metric: "count" | "rate";
}

const pick = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

export function readState(p: URLSearchParams): TrendsState {
  const types = (p.get("type") ?? "shown").split(",").filter((t) => (TYPES as readonly string[]).includes(t));
  return {
    env: pick(p.get("env"), ["production", "staging"], "production"),
    range: pick(p.get("range"), ["24h", "7d", "30d", "90d", "custom"], "7d"),
    from: p.get("from") ?? "",
    to: p.get("to") ?? "",
    groupBy: pick(p.get("groupBy"), ["none", "campaign", "trigger", "type"], "none"),
    types: types.length ? types : ["shown"],
    metric: pick(p.get("metric"), ["count", "rate"], "count"),
  };
}

export function writeState(s: TrendsState): URLSearchParams {
  const p = new URLSearchParams({ env: s.env, range: s.range, groupBy: s.groupBy, type: s.types.join(","), metric: s.metric });
  if (s.range === "custom") {
    p.set("from", s.from);
    p.set("to", s.to);
  }
  return p;
}

/** The stats API query for a state, or a message naming what is missing. */
export function apiQuery(s: TrendsState, now: number): { query: URLSearchParams } | { problem: string } {
  let from: number;
  let to: number;
  if (s.range === "custom") {
    if (!s.from || !s.to) return { problem: "Pick both a start and an end date for a custom range." };
    from = Date.parse(s.from + "T00:00:00Z");
    to = Date.parse(s.to + "T00:00:00Z") + 86_400_000; // the end day is included
    if (!(from < to)) return { problem: "The start date must be on or before the end date." };
  } else {
    const hour = 3_600_000;
    to = Math.ceil(now / hour) * hour; // to the end of the current hour, so the latest bucket is whole on the axis
    from = to - RANGES[s.range] * hour;
  }
  return {
    query: new URLSearchParams({
      env: s.env,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      groupBy: s.groupBy,
      type: s.types.join(","),
      metric: s.metric,
    }),
  };
}
