// Sample data: two weeks of made-up apology history for the demo workspace, so a first look at
// trends and the weekly report shows something real-looking. Only the demo workspace may have it
// (a customer's workspace never does); it is labelled wherever the workspace's pages show, and
// removed exactly (events and what they added to the rollups) with one button or
// `npm run load -- --clear`.
import { db, dbHandle, type RawSql } from "@/lib/db";
import { DEMO_SLUG } from "@/lib/demo/seed";
import { AppError } from "@/lib/errors";
import { generateHistory } from "@/lib/load/history";

export const SAMPLE_DAYS = 14;
/** about 2,700 events a day: mostly sessions, ~45 apologies shown a day (lib/load/history's mix at 95 % sessions) */
export const SAMPLE_EVENTS = 38_000;
/** campaigns made this soon after the workspace are the seed's (lib/demo/seed.ts makes them in one go) */
const SEEDED_WITHIN_MS = 60_000;

async function environmentIds(sql: Pick<RawSql, "query">, workspaceId: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(`SELECT "id" FROM "Environment" WHERE "workspaceId" = $1`, [workspaceId]);
  return rows.map((r) => r.id);
}

/** Whether the workspace's charts include sample data. One indexed lookup (it runs on every admin page). */
export async function hasSampleData(workspaceId: string): Promise<boolean> {
  const rows = await dbHandle().sql.query<{ one: number }>(
    `SELECT 1 AS one FROM "SampleRollup" s JOIN "Environment" e ON e."id" = s."environmentId" WHERE e."workspaceId" = $1 LIMIT 1`,
    [workspaceId],
  );
  return rows.length > 0;
}

/** Whether the workspace may get sample data: the demo workspace only. */
export async function sampleDataAllowed(workspaceId: string): Promise<boolean> {
  const w = await db().workspace.findUnique({ where: { id: workspaceId }, select: { slug: true } });
  return w?.slug === DEMO_SLUG;
}

/**
 * Loads SAMPLE_DAYS days of history into the workspace's production environment, attributed to
 * its campaigns. Errors: 403 for any workspace but the demo, 409 when sample data is there
 * already, 422 when the workspace has no campaigns. Returns the number of events written.
 */
export async function loadSampleData(workspaceId: string, now = Date.now()): Promise<number> {
  if (!(await sampleDataAllowed(workspaceId))) throw new AppError("Sample data is only for the demo workspace: a real workspace's charts show real apologies only", 403);
  if (await hasSampleData(workspaceId)) throw new AppError("This workspace already has sample data: remove it first", 409);
  const env = await db().environment.findFirst({ where: { workspaceId, name: "production" }, select: { id: true, createdAt: true } });
  const all = await db().campaign.findMany({ where: { workspaceId }, select: { id: true, createdAt: true, trigger: { select: { type: true } } } });
  // history for the demo's own campaigns (made with the workspace), not for one made a minute ago
  const seeded = env ? all.filter((c) => c.createdAt.getTime() - env.createdAt.getTime() < SEEDED_WITHIN_MS) : [];
  const campaigns = seeded.length ? seeded : all;
  if (!env || !campaigns.length) throw new AppError("The workspace needs at least one campaign to attribute sample apologies to", 422);
  return generateHistory(dbHandle().sql, {
    environmentId: env.id,
    campaigns: campaigns.map((c) => ({ id: c.id, triggerType: c.trigger.type })),
    events: SAMPLE_EVENTS,
    days: SAMPLE_DAYS,
    now,
    sessionShare: 0.95,
  });
}

/**
 * Removes the workspace's sample data in one transaction: what it added to the rollups is
 * subtracted (rows left at zero are deleted) and its raw events deleted. Real events stay as they
 * were. Returns the number of sample events removed (raw events past retention are not counted).
 */
export async function clearSampleData(workspaceId: string, sql: RawSql = dbHandle().sql): Promise<number> {
  const envs = await environmentIds(sql, workspaceId);
  if (!envs.length) return 0;
  let removed = 0;
  await sql.transaction(async (tx) => {
    const key = `r."granularity" = s."granularity" AND r."environmentId" = s."environmentId" AND r."bucketStart" = s."bucketStart"
      AND r."campaignId" = s."campaignId" AND r."triggerType" = s."triggerType" AND r."eventType" = s."eventType" AND r."reason" = s."reason"`;
    await tx.query(`UPDATE "Rollup" r SET "count" = r."count" - s."count" FROM "SampleRollup" s WHERE ${key} AND s."environmentId" = ANY($1)`, [envs]);
    await tx.query(`DELETE FROM "Rollup" WHERE "environmentId" = ANY($1) AND "count" <= 0`, [envs]);
    await tx.query(`DELETE FROM "SampleRollup" WHERE "environmentId" = ANY($1)`, [envs]);
    const [n] = await tx.query<{ n: number }>(`WITH d AS (DELETE FROM "Event" WHERE "environmentId" = ANY($1) AND "sample" RETURNING 1) SELECT count(*)::int AS n FROM d`, [envs]);
    removed = n.n;
  });
  return removed;
}
