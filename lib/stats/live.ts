// Live canary: apologies shown per minute over the last hour (minute rollups), the same window a
// week ago, and what is failing most right now.
import { z } from "zod";
import { db, dbHandle } from "@/lib/db";
import { topShownUrls } from "@/lib/events/event-store";
import { triggerName } from "@/lib/triggers/registry";
import { type EnvName, environmentName } from "@/lib/environments";
import { sumRollups } from "./rollup-sums";

const WEEK_MS = 7 * 86_400_000;
const TOP_N = 5;

export const liveQuery = z.object({
  env: environmentName.default("production"),
  minutes: z.coerce.number().int().min(5).max(360).default(60),
});

export interface LivePoint {
  t: string; // bucket start, ISO
  shown: number;
}

export interface Top {
  key: string;
  label: string;
  count: number;
}

export interface LiveStats {
  environment: EnvName;
  points: LivePoint[];
  thisMinute: number;
  total: number;
  /** the same window exactly one week earlier, real apologies only (minute rollups are kept 14 days) */
  sameTimeLastWeek: number;
  /** apologies shown in the window, by trigger type and by page/request URL, most first */
  topTriggers: Top[];
  topUrls: Top[];
}

export async function getLiveStats(opts: {
  workspaceId: string;
  env: EnvName;
  minutes: number;
  now?: Date;
}): Promise<LiveStats> {
  const now = opts.now ?? new Date();
  const end = new Date(Math.floor(now.getTime() / 60000) * 60000);
  const start = new Date(end.getTime() - (opts.minutes - 1) * 60000);
  const environment = await db().environment.findUnique({
    where: { workspaceId_name: { workspaceId: opts.workspaceId, name: opts.env } },
  });
  const counts = new Map<number, number>();
  let sameTimeLastWeek = 0;
  let topTriggers: Top[] = [];
  let topUrls: Top[] = [];
  if (environment) {
    const windowEnd = new Date(end.getTime() + 60000);
    const [lastWeek, triggers, urls] = await Promise.all([
      // real apologies only: this hour has no sample data, so last week's must not count it either (#27)
      sumRollups({ granularity: "minute", environmentIds: [environment.id], eventTypes: ["shown"], from: new Date(start.getTime() - WEEK_MS), to: new Date(windowEnd.getTime() - WEEK_MS), by: [], realOnly: true }),
      sumRollups({ granularity: "minute", environmentIds: [environment.id], eventTypes: ["shown"], from: start, by: ["triggerType"] }),
      // URLs are not rolled up (unbounded cardinality): read the last hour of raw events
      topShownUrls(dbHandle().sql, environment.id, start, windowEnd, TOP_N),
    ]);
    sameTimeLastWeek = lastWeek[0]?.n ?? 0;
    topTriggers = triggers
      .map((t) => ({ key: t.triggerType, label: triggerName(t.triggerType), count: t.n }))
      .filter((t) => t.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, TOP_N);
    topUrls = urls.map((u) => ({ key: u.url, label: u.url, count: u.n }));
    const rows = await sumRollups({ granularity: "minute", environmentIds: [environment.id], eventTypes: ["shown"], from: start, by: ["bucketStart"] });
    for (const r of rows) counts.set(r.bucketStart.getTime(), r.n);
  }
  const points: LivePoint[] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += 60000) {
    points.push({ t: new Date(t).toISOString(), shown: counts.get(t) ?? 0 });
  }
  return {
    environment: opts.env,
    points,
    thisMinute: points[points.length - 1]?.shown ?? 0,
    total: points.reduce((s, p) => s + p.shown, 0),
    sameTimeLastWeek,
    topTriggers,
    topUrls,
  };
}
