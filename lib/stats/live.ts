// Live canary: apologies shown per minute over the last hour, read from minute rollups.
import { z } from "zod";
import { db } from "@/lib/db";

export const liveQuery = z.object({
  env: z.enum(["staging", "production"]).default("production"),
  minutes: z.coerce.number().int().min(5).max(360).default(60),
});

export interface LivePoint {
  t: string; // bucket start, ISO
  shown: number;
}

export interface LiveStats {
  environment: "staging" | "production";
  points: LivePoint[];
  thisMinute: number;
  total: number;
}

export async function getLiveStats(opts: {
  workspaceId: string;
  env: "staging" | "production";
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
  if (environment) {
    const rows = await db().rollup.groupBy({
      by: ["bucketStart"],
      where: {
        granularity: "minute",
        environmentId: environment.id,
        eventType: "shown",
        bucketStart: { gte: start },
      },
      _sum: { count: true },
    });
    for (const r of rows) counts.set(r.bucketStart.getTime(), r._sum.count ?? 0);
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
  };
}
