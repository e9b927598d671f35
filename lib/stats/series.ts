// Time series of apology events read from rollups: by campaign, trigger type, event type or not
// split at all, as counts or as a rate per 1,000 sessions. Shared by the trends page, the stats
// API and the CSV export, so what is on screen is exactly what is exported.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { RawSql } from "@/lib/db";
import { CHART_EVENT_TYPES } from "@/lib/events/schemas";
import { INTERVAL_MS, MINUTE_RETENTION_DAYS, bucketsBetween, chooseInterval, floorTo, type Interval } from "./buckets";
import { environmentIdOf, seriesLabels } from "./lookup";
import { type EnvName, environmentName } from "@/lib/environments";
import { MIN_SESSIONS_FOR_RATE, perThousand, rates, sum } from "./rates";

export { MIN_SESSIONS_FOR_RATE, perThousand, rates, sum };

export const GROUP_BY = ["none", "campaign", "trigger", "type"] as const;
export const METRICS = ["count", "rate"] as const;
export const COUNTED_TYPES = CHART_EVENT_TYPES;
const MAX_POINTS = 1500;

const isoInstant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time, like 2026-11-26T09:00:00Z" });

export const statsQuery = z
  .object({
    env: environmentName.default("production"),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    interval: z.enum(["minute", "hour", "day"]).optional(),
    groupBy: z.enum(GROUP_BY).default("none"),
    // one type, or several separated by commas (detected,shown,suppressed)
    type: z
      .string()
      .default("shown")
      .transform((s) => [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))])
      .pipe(z.array(z.enum(COUNTED_TYPES, { message: `must be one or more of ${COUNTED_TYPES.join(", ")}` })).min(1, "must name at least one event type")),
    metric: z.enum(METRICS).default("count"),
  })
  .transform((q, ctx) => {
    const now = Date.now();
    const to = q.to ? Date.parse(q.to) : now;
    const from = q.from ? Date.parse(q.from) : to - 7 * 86_400_000;
    if (from >= to) ctx.addIssue({ code: "custom", path: ["from"], message: "must be before to" });
    const interval = q.interval ?? chooseInterval(to - from);
    if (interval === "minute" && from < now - MINUTE_RETENTION_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: `minute data is kept ${MINUTE_RETENTION_DAYS} days: use hour or day for older ranges` });
    }
    if ((to - from) / INTERVAL_MS[interval] > MAX_POINTS) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: `${interval} is too fine for this range (more than ${MAX_POINTS} points): use a coarser interval` });
    }
    const { type: types, ...rest } = q;
    return { ...rest, types, from, to, interval };
  });
export type StatsQuery = z.output<typeof statsQuery>;


export interface Series {
  key: string;
  label: string;
  /** counts, or apologies per 1,000 sessions (null: fewer than MIN_SESSIONS_FOR_RATE sessions in the bucket) */
  values: (number | null)[];
  /** the counts behind the values (the same as values for counts): "other" sums them */
  counts: number[];
  total: number;
}

export interface StatsResult {
  env: EnvName;
  from: string;
  to: string;
  interval: Interval;
  groupBy: (typeof GROUP_BY)[number];
  types: string[];
  metric: (typeof METRICS)[number];
  buckets: string[];
  /** per bucket: true while it is still in progress (its figures are "so far") */
  partial: boolean[];
  sessions: number[];
  /** rates are given only for buckets with at least this many sessions */
  minSessions: number;
  series: Series[];
}

const GROUP_COLUMN = { none: `''`, campaign: `"campaignId"`, trigger: `"triggerType"`, type: `"eventType"` } as const;

export async function getSeries(sql: RawSql, workspaceId: string, q: StatsQuery): Promise<StatsResult> {
  const start = floorTo(q.from, q.interval);
  const buckets = bucketsBetween(start, q.to, q.interval);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const envId = await environmentIdOf(sql, workspaceId, q.env);
  if (!envId) throw new AppError(`Unknown environment "${q.env}"`, 404, "env");
  const rows = await sql.query<{ b: Date; k: string; n: string | number }>(
    `SELECT "bucketStart" AS b, ${GROUP_COLUMN[q.groupBy]} AS k, sum("count") AS n
     FROM "Rollup"
     WHERE "granularity" = $1::"RollupGranularity" AND "environmentId" = $2
       AND "bucketStart" >= $3 AND "bucketStart" < $4 AND "eventType" = ANY($5::text[])
     GROUP BY 1, 2`,
    [q.interval, envId, new Date(start), new Date(q.to), q.types],
  );
  const sessions = new Array<number>(buckets.length).fill(0);
  for (const r of await sql.query<{ b: Date; n: string | number }>(
    `SELECT "bucketStart" AS b, sum("count") AS n FROM "Rollup"
     WHERE "granularity" = $1::"RollupGranularity" AND "environmentId" = $2
       AND "bucketStart" >= $3 AND "bucketStart" < $4 AND "eventType" = 'session'
     GROUP BY 1`,
    [q.interval, envId, new Date(start), new Date(q.to)],
  )) {
    const i = index.get(new Date(r.b).getTime());
    if (i !== undefined) sessions[i] = Number(r.n);
  }
  const byKey = new Map<string, number[]>();
  for (const r of rows) {
    const i = index.get(new Date(r.b).getTime());
    if (i === undefined) continue;
    let values = byKey.get(r.k);
    if (!values) byKey.set(r.k, (values = new Array<number>(buckets.length).fill(0)));
    values[i] += Number(r.n);
  }
  if (q.groupBy === "none" && !byKey.size) byKey.set("", new Array<number>(buckets.length).fill(0));
  const labels = await seriesLabels(sql, workspaceId, q.groupBy, [...byKey.keys()]);
  const series = [...byKey].map(([key, counts]) => {
    const values = q.metric === "rate" ? rates(counts, sessions) : counts;
    const total = q.metric === "rate" ? perThousand(sum(counts), sum(sessions)) : sum(counts);
    return { key, label: labels.get(key) ?? key, values, counts, total };
  });
  series.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return {
    env: q.env,
    from: new Date(start).toISOString(),
    to: new Date(q.to).toISOString(),
    interval: q.interval,
    groupBy: q.groupBy,
    types: q.types,
    metric: q.metric,
    buckets: buckets.map((b) => new Date(b).toISOString()),
    partial: buckets.map((b) => b + INTERVAL_MS[q.interval] > Math.min(q.to, Date.now())),
    sessions,
    minSessions: MIN_SESSIONS_FOR_RATE,
    series,
  };
}

/** The result as CSV: one row per bucket, one column per series (what the chart shows). */
export function toCsv(r: StatsResult): string {
  const cell = (s: string) => (/[",\n\r]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${(/^[=+\-@\t]/.test(s) ? "'" : "") + s.replace(/"/g, '""')}"` : s);
  // a rate left out for too few sessions is an empty cell; a bucket in progress says so
  const head = ["bucket_start_utc", ...r.series.map((s) => s.label), "sessions", "partial"].map(cell).join(",");
  const lines = r.buckets.map((b, i) => [b, ...r.series.map((s) => (s.values[i] === null ? "" : String(s.values[i]))), String(r.sessions[i]), r.partial[i] ? "true" : "false"].join(","));
  return [head, ...lines].join("\n") + "\n";
}
