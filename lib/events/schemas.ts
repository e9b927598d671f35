// The SDK event payload, validated at the public boundary. Anything not listed is refused.
import { z } from "zod";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";
import { seenUser } from "./seen-users";

// `disputed`: the user answered "Nothing's wrong?" on an apology (a false apology, measured)
export const EVENT_TYPES = ["detected", "shown", "suppressed", "dismissed", "clicked", "disputed", "session"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** The event types charts offer (a `session` is a denominator, not an apology event). */
export const CHART_EVENT_TYPES = EVENT_TYPES.filter((t): t is Exclude<EventType, "session"> => t !== "session");
// offline: the visitor's browser was offline (the site did not let them down); unseen: the page
// was hidden until the apology was stale (docs/rules-format.md); overlap: another apology was on
// screen or waiting to be seen (one at a time)
export const SUPPRESSION_REASONS = ["cap", "holdout", "audience", "schedule", "offline", "unseen", "overlap"] as const;

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_EVENTS_PER_BATCH = 100;
const DAY = 24 * 60 * 60 * 1000;

export const sdkEvent = z
  .object({
    id: z.uuid("must be a UUID").transform((v) => v.toLowerCase()),
    type: z.enum(EVENT_TYPES),
    // when it happened by the browser's clock, ms since epoch (corrected and checked in validateEvents)
    ts: z.number().int().min(0),
    campaignId: z.string().min(1).max(64).optional(),
    triggerType: z.enum(TRIGGER_TYPES).optional(),
    reason: z.enum(SUPPRESSION_REASONS).optional(),
    url: z.string().max(2048).optional(),
    userId: z.string().max(256).optional(),
    sessionId: z.string().max(64).optional(),
  })
  .strict()
  .refine((e) => e.type !== "suppressed" || e.reason !== undefined, {
    message: "is required for suppressed events",
    path: ["reason"],
  });
export type SdkEvent = z.infer<typeof sdkEvent>;

/** The batch's fields (the OpenAPI document extends it); {@link eventBatch} is what the endpoint parses. */
export const eventBatchFields = z
  .object({
    events: z.array(z.unknown()).max(MAX_EVENTS_PER_BATCH, `must hold at most ${MAX_EVENTS_PER_BATCH} events`),
    // the identified visitor, sent once per session and change (lib/sdk/profile.ts): a batch may
    // carry it alone; a bad one is dropped rather than costing the batch its events
    user: seenUser.optional().catch(undefined),
    // the browser's clock when it sent the batch (ms since epoch): the server corrects each ts by
    // the difference to its own clock. Optional: clients that do not send it are taken at their word.
    sentAt: z.number().int().min(0).optional(),
    // which SDK sent the batch ("js/0.1.0", "npm/0.1.0"), for the Install page's live check; a value
    // we cannot use is ignored rather than costing the batch its events
    sdk: z.string().max(40).regex(/^[\w./+-]+$/).optional().catch(undefined),
  });
export const eventBatch = eventBatchFields.refine((b) => b.events.length > 0 || b.user !== undefined, { path: ["events"], message: "must hold at least one event" });

/** How far back an event may be (retention of raw events is longer; older ones are not plausible sends). */
export const MAX_EVENT_AGE_MS = 7 * DAY;
/** An event still in the future after correction by at most this is clamped to now (clock jitter). */
const FUTURE_TOLERANCE_MS = DAY;

export interface Rejected {
  index: number;
  field: string;
  message: string;
}

/**
 * Splits a batch into valid events and per-event rejections that name the field. Clock skew is
 * corrected, not rejected: with `sentAt` (the browser's clock at send time) each `ts` moves by
 * `now - sentAt` (network time is ignored: seconds at most, against skews of minutes or hours).
 * What is still in the future (by less than a day) is clamped to `now`; an event older than
 * 7 days, or further in the future, is refused on its own, naming `ts`. With `published`, an
 * event naming a campaign it answers false for (never served by this environment) is refused on
 * its own, naming `campaignId`; undefined (not known yet) lets it through.
 */
export function validateEvents(
  raw: unknown[],
  opts: { sentAt?: number; now?: number; published?: (campaignId: string) => boolean | undefined } = {},
): { valid: SdkEvent[]; rejected: Rejected[] } {
  const now = opts.now ?? Date.now();
  const offset = opts.sentAt !== undefined ? now - opts.sentAt : 0;
  const valid: SdkEvent[] = [];
  const rejected: Rejected[] = [];
  raw.forEach((item, index) => {
    const r = sdkEvent.safeParse(item);
    if (r.success) {
      const ts = r.data.ts + offset;
      if (ts < now - MAX_EVENT_AGE_MS || ts > now + FUTURE_TOLERANCE_MS) {
        rejected.push({ index, field: "ts", message: "ts is out of range (older than 7 days, or in the future even after correcting the sender's clock)" });
      } else if (r.data.campaignId !== undefined && opts.published?.(r.data.campaignId) === false) {
        rejected.push({ index, field: "campaignId", message: "campaignId names no campaign this environment has published" });
      } else valid.push({ ...r.data, ts: Math.min(ts, now) });
    } else {
      const issue = r.error.issues[0];
      const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? String((issue as { keys?: string[] }).keys?.[0] ?? "") : "");
      rejected.push({ index, field: field || "(event)", message: `${field || "event"} ${issue.message}`.trim() });
    }
  });
  return { valid, rejected };
}
