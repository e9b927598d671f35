// The weekly report: a week (Monday–Sunday, UTC) against the one before, in total, per campaign
// and per trigger type, with the biggest movers. For the week in progress both sides cover the
// same elapsed time, so Wednesday's report is not a half week against a whole one.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { dbHandle, type RawSql } from "@/lib/db";
import { INTERVAL_MS, weekStart } from "./buckets";
import { SUPPRESSION_LABELS, environmentIdOf, seriesLabels } from "./lookup";
import { perThousand } from "./series";
import { type EnvName, environmentName } from "@/lib/environments";

const WEEK = 7 * INTERVAL_MS.day;

export const weeklyQuery = z.object({
  env: environmentName.default("production"),
  week: z.iso.date({ message: "must be a date like 2026-11-23 (any day of the week)" }).optional(),
});

export interface Comparison {
  key: string;
  label: string;
  thisWeek: number;
  lastWeek: number;
  change: number;
  /** change as a fraction of last week; null when last week was 0 */
  changeRatio: number | null;
  /** apologies shown per day of this week so far, Monday first (for sparklines) */
  daily: number[];
  /** this week's apologies the user answered "Nothing's wrong?" to, and their share of those shown (null: none shown) */
  disputed: number;
  disputedShare: number | null;
}

export interface WeeklySummary {
  env: EnvName;
  weekStart: string;
  weekEnd: string;
  /** true while the week is in progress: both weeks are cut at the same elapsed time */
  partial: boolean;
  comparedUntil: string;
  totals: {
    shown: Omit<Comparison, "key" | "label">;
    detected: Omit<Comparison, "key" | "label">;
    suppressed: Omit<Comparison, "key" | "label">;
    sessions: Omit<Comparison, "key" | "label">;
    /** shown per 1,000 sessions */
    rate: { thisWeek: number; lastWeek: number };
  };
  /** suppressed decisions by reason (cap, holdout, audience, schedule, offline, unseen, overlap),
   * most this week first: what was sensed but not apologized for, apart from the canary */
  suppressedBy: Comparison[];
  campaigns: Comparison[];
  triggers: Comparison[];
  movers: { up: (Comparison & { kind: "campaign" | "trigger" })[]; down: (Comparison & { kind: "campaign" | "trigger" })[] };
  /** the week's seven days, Monday first: apologies shown this week (null for days not begun yet)
   * against the same weekday of last week, whole (the report's chart) */
  days: { day: string; thisWeek: number | null; lastWeek: number; partial: boolean }[];
  previousWeek: string;
  nextWeek: string | null;
}

interface Row {
  b: Date;
  c: string;
  t: string;
  e: string;
  r: string;
  n: string | number;
}

function compare(key: string, label: string, thisWeek: number, lastWeek: number, daily: number[], disputed = 0): Comparison {
  return {
    key,
    label,
    thisWeek,
    lastWeek,
    change: thisWeek - lastWeek,
    changeRatio: lastWeek ? (thisWeek - lastWeek) / lastWeek : null,
    daily,
    disputed,
    disputedShare: thisWeek ? disputed / thisWeek : null,
  };
}

export async function getWeeklySummary(
  sql: RawSql,
  workspaceId: string,
  opts: { env: EnvName; week?: string; now?: number },
): Promise<WeeklySummary> {
  const now = opts.now ?? Date.now();
  const start = weekStart(opts.week ? Date.parse(opts.week + "T00:00:00Z") : now);
  if (start > now) throw new AppError("That week has not started yet", 400, "week");
  const end = start + WEEK;
  const partial = now < end;
  // up to now, never a time still to come (#27: "compared up to 02:00" at 01:01): hour rollups for
  // the whole hours, minute rollups (kept 14 days, so last week's too) for the hour in progress,
  // the minute in progress included on both sides
  const cut = partial ? Math.ceil(now / INTERVAL_MS.minute) * INTERVAL_MS.minute : end;
  const hourCut = Math.floor(cut / INTERVAL_MS.hour) * INTERVAL_MS.hour;
  const envId = await environmentIdOf(sql, workspaceId, opts.env);
  if (!envId) throw new AppError(`Unknown environment "${opts.env}"`, 404, "env");
  const rows = await sql.query<Row>(
    // both weeks cut at the same minute; summed per day here, not in JS
    `SELECT date_trunc('day', "bucketStart") AS b, "campaignId" AS c, "triggerType" AS t, "eventType" AS e, "reason" AS r, sum("count") AS n
     FROM "Rollup"
     WHERE "environmentId" = $1
       AND (("granularity" = 'hour' AND (("bucketStart" >= $2 AND "bucketStart" < $3) OR ("bucketStart" >= $4 AND "bucketStart" < $5)))
         OR ("granularity" = 'minute' AND (("bucketStart" >= $3 AND "bucketStart" < $6) OR ("bucketStart" >= $5 AND "bucketStart" < $7))))
       AND "eventType" IN ('shown', 'detected', 'suppressed', 'disputed', 'session')
     GROUP BY 1, 2, 3, 4, 5`,
    [envId, new Date(start), new Date(hourCut), new Date(start - WEEK), new Date(hourCut - WEEK), new Date(cut), new Date(cut - WEEK)],
  );
  const tot = { shown: [0, 0], detected: [0, 0], suppressed: [0, 0], disputed: [0, 0], session: [0, 0] } as Record<string, [number, number]>;
  const daily = Object.fromEntries(Object.keys(tot).map((k) => [k, new Array(7).fill(0)])) as Record<string, number[]>;
  const disputed = { campaign: new Map<string, number>(), trigger: new Map<string, number>() };
  const perCampaign = new Map<string, { w: [number, number]; d: number[] }>();
  const perTrigger = new Map<string, { w: [number, number]; d: number[] }>();
  const perReason = new Map<string, { w: [number, number]; d: number[] }>();
  const add = (m: Map<string, { w: [number, number]; d: number[] }>, k: string, side: 0 | 1, day: number, n: number) => {
    let v = m.get(k);
    if (!v) m.set(k, (v = { w: [0, 0], d: new Array(7).fill(0) }));
    v.w[side] += n;
    if (side === 0) v.d[day] += n;
  };
  for (const r of rows) {
    const t = new Date(r.b).getTime();
    const side = t >= start ? 0 : 1;
    const day = Math.floor((t - (side ? start - WEEK : start)) / INTERVAL_MS.day);
    const n = Number(r.n);
    tot[r.e][side] += n;
    if (side === 0) daily[r.e][day] += n;
    if (r.e === "disputed" && side === 0) {
      if (r.c) disputed.campaign.set(r.c, (disputed.campaign.get(r.c) ?? 0) + n);
      if (r.t) disputed.trigger.set(r.t, (disputed.trigger.get(r.t) ?? 0) + n);
    }
    if (r.e === "suppressed" && r.r) add(perReason, r.r, side, day, n);
    if (r.e !== "shown") continue;
    if (r.c) add(perCampaign, r.c, side, day, n);
    if (r.t) add(perTrigger, r.t, side, day, n);
  }
  const elapsedDays = Math.ceil((cut - start) / INTERVAL_MS.day);
  // last week's days whole, for the chart (the totals above stop at the same elapsed time)
  const lastWeekDays = new Array<number>(7).fill(0);
  for (const r of await sql.query<{ b: Date; n: string | number }>(
    `SELECT "bucketStart" AS b, sum("count") AS n FROM "Rollup"
     WHERE "granularity" = 'day' AND "environmentId" = $1 AND "eventType" = 'shown' AND "bucketStart" >= $2 AND "bucketStart" < $3
     GROUP BY 1`,
    [envId, new Date(start - WEEK), new Date(start)],
  )) {
    lastWeekDays[Math.floor((new Date(r.b).getTime() - (start - WEEK)) / INTERVAL_MS.day)] += Number(r.n);
  }
  const days = lastWeekDays.map((lastWeek, i) => ({
    day: new Date(start + i * INTERVAL_MS.day).toISOString().slice(0, 10),
    thisWeek: i < elapsedDays ? daily.shown[i] : null,
    lastWeek,
    partial: partial && i === elapsedDays - 1,
  }));
  const [cl, tl] = await Promise.all([
    seriesLabels(sql, workspaceId, "campaign", [...perCampaign.keys()]),
    seriesLabels(sql, workspaceId, "trigger", [...perTrigger.keys()]),
  ]);
  const rowsOf = (m: Map<string, { w: [number, number]; d: number[] }>, labels: Map<string, string>, disputes: Map<string, number>) =>
    [...m]
      .map(([k, v]) => compare(k, labels.get(k) ?? k, v.w[0], v.w[1], v.d.slice(0, elapsedDays), disputes.get(k) ?? 0))
      .sort((a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.label.localeCompare(b.label));
  const campaigns = rowsOf(perCampaign, cl, disputed.campaign);
  const suppressedBy = rowsOf(perReason, new Map(Object.entries(SUPPRESSION_LABELS)), new Map());
  const triggers = rowsOf(perTrigger, tl, disputed.trigger);
  const all = [
    ...campaigns.map((c) => ({ ...c, kind: "campaign" as const })),
    ...triggers.map((c) => ({ ...c, kind: "trigger" as const })),
  ];
  const total = (k: string) => compare(k, k, tot[k][0], tot[k][1], daily[k].slice(0, elapsedDays), k === "shown" ? tot.disputed[0] : 0);
  return {
    env: opts.env,
    weekStart: new Date(start).toISOString(),
    weekEnd: new Date(end).toISOString(),
    partial,
    comparedUntil: new Date(partial ? now : end).toISOString(),
    totals: {
      shown: total("shown"),
      detected: total("detected"),
      suppressed: total("suppressed"),
      sessions: total("session"),
      rate: { thisWeek: perThousand(tot.shown[0], tot.session[0]), lastWeek: perThousand(tot.shown[1], tot.session[1]) },
    },
    suppressedBy,
    campaigns,
    triggers,
    movers: {
      up: all.filter((c) => c.change > 0).sort((a, b) => b.change - a.change).slice(0, 5),
      down: all.filter((c) => c.change < 0).sort((a, b) => a.change - b.change).slice(0, 5),
    },
    days,
    previousWeek: new Date(start - WEEK).toISOString().slice(0, 10),
    nextWeek: partial ? null : new Date(end).toISOString().slice(0, 10),
  };
}

/** The weekly summary on the process's own database (what the report page shows). */
export function weeklySummaryFor(workspaceId: string, opts: { env: EnvName; week?: string; now?: number }): Promise<WeeklySummary> {
  return getWeeklySummary(dbHandle().sql, workspaceId, opts);
}
