// Background work of every instance: alert evaluation once a minute (with a notice to the alert
// webhooks when events cannot be stored) (ALERT_INTERVAL_SECONDS; a few
// seconds past the minute, so that minute's events are in), and data retention once an hour. Both are safe to run on
// several instances at once: firing is claimed in the database, deletes are idempotent.
import { evaluateAlerts } from "@/lib/alerts/evaluate";
import { sendIngestNotices } from "@/lib/alerts/ingest-notice";
import type { RawSql } from "@/lib/db";
import { pruneOldData } from "@/lib/stats/retention";
import { pruneSignInThrottle } from "@/lib/auth/throttle";
import { pruneSeenUsers } from "@/lib/events/seen-users";

export function startJobs(
  sql: RawSql,
  opts: { publicUrl?: string; eventRetentionDays: number; alertIntervalMs: number },
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const queued = new Set<string>();
  const run = (name: string, job: () => Promise<unknown>) => {
    // one job at a time per instance; a slow pass delays the next instead of overlapping it, and a
    // job already waiting is not queued again (a pass longer than the interval must not build a backlog)
    if (stopped || queued.has(name)) return;
    queued.add(name);
    running = running
      .then(() => {
        queued.delete(name);
        return job();
      })
      .catch((e) => console.error(`[jobs] ${name} failed:`, (e as Error).message));
  };
  const alerts = () => {
    // "not counting" once events have failed for a whole evaluation interval (a minute in
    // production); a job of its own, so a failure there never holds up alert evaluation
    run("ingest notice", () => sendIngestNotices(sql, { afterMs: opts.alertIntervalMs }));
    // in the background: slow receivers hold their own workspace's queue, never this runner
    run("alerts", () => evaluateAlerts(sql, { publicUrl: opts.publicUrl, background: true }));
  };
  const prune = () =>
    run("retention", async () => {
      const r = await pruneOldData(sql, { eventRetentionDays: opts.eventRetentionDays });
      if (r.partitions || r.ids || r.rollups) console.log(`[retention] dropped ${r.partitions} day partitions (${r.events} events), ${r.ids} replay ids, ${r.rollups} rollup rows`);
      await pruneSignInThrottle(sql);
      await pruneSeenUsers(sql);
    });
  let minute: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    alerts();
    minute = setInterval(alerts, opts.alertIntervalMs);
    minute.unref();
  }, opts.alertIntervalMs - (Date.now() % opts.alertIntervalMs) + Math.min(5_000, opts.alertIntervalMs / 4));
  first.unref();
  const hourly = setInterval(prune, 3_600_000);
  hourly.unref();
  const initial = setTimeout(prune, 30_000); // not during start-up
  initial.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearTimeout(initial);
    clearInterval(minute);
    clearInterval(hourly);
    await running;
  };
}
