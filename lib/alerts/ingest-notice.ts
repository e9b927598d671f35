// The canary's own canary: while this server cannot store events (a full disk, a database that
// does not answer), counts stop and no count-based alert can fire, so the people who receive
// alerts are told directly, once per outage, and again when counting resumes.
import type { RawSql } from "@/lib/db";
import { describeStoreFault, markNoticeSent, pendingIngestNotice, type IngestNotice } from "@/lib/events/ingest-health";
import { formatCount } from "@/lib/format";
import { deliverWebhook } from "./webhook";

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

export function ingestNoticeText(n: IngestNotice): string {
  if (n.kind === "failing") {
    return (
      `Mea Culpa is not counting apologies: ${describeStoreFault(n.fault)} (since ${hhmm(n.since)} UTC; ` +
      `${formatCount(n.refused)} events refused so far, which browsers will send again). Alerts on counts cannot fire until it is fixed.`
    );
  }
  const minutes = Math.max(1, Math.round((n.until.getTime() - n.since.getTime()) / 60_000));
  return `Mea Culpa is counting apologies again after ${minutes} min; ${formatCount(n.refused)} events were refused meanwhile (browsers send them again).`;
}

/** Sends the pending notice, if any, to every enabled alert rule's webhook; returns how many took it. */
export async function sendIngestNotices(sql: RawSql, opts: { now?: number; afterMs?: number } = {}): Promise<number> {
  const notice = pendingIngestNotice(opts.now, opts.afterMs);
  if (!notice) return 0;
  // the fault is the server's, not one workspace's: every receiver of alerts hears of it
  const hooks = await sql.query<{ url: string }>(`SELECT DISTINCT "webhookUrl" AS url FROM "AlertRule" WHERE "enabled" ORDER BY 1`);
  const text = ingestNoticeText(notice);
  const body = { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
  let delivered = 0;
  for (const { url } of hooks) if ((await deliverWebhook(url, body)).ok) delivered++;
  markNoticeSent(notice);
  console.log(`[alerts] told ${delivered} of ${hooks.length} alert webhooks: ${text}`);
  return delivered;
}
