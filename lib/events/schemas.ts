// The SDK event payload, validated at the public boundary. Anything not listed is refused.
import { z } from "zod";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";

export const EVENT_TYPES = ["detected", "shown", "suppressed", "dismissed", "clicked", "session"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** The event types charts offer (a `session` is a denominator, not an apology event). */
export const CHART_EVENT_TYPES = EVENT_TYPES.filter((t): t is Exclude<EventType, "session"> => t !== "session");
export const SUPPRESSION_REASONS = ["cap", "holdout", "audience", "schedule"] as const;

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_EVENTS_PER_BATCH = 100;
const DAY = 24 * 60 * 60 * 1000;

export const sdkEvent = z
  .object({
    id: z.uuid("must be a UUID").transform((v) => v.toLowerCase()),
    type: z.enum(EVENT_TYPES),
    // when it happened in the browser, ms since epoch; accepted up to 7 days late, 5 minutes early
    ts: z
      .number()
      .int()
      .refine((v) => v > Date.now() - 7 * DAY && v < Date.now() + 5 * 60 * 1000, "is out of range"),
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

export const eventBatch = z.object({
  events: z.array(z.unknown()).min(1, "must hold at least one event").max(MAX_EVENTS_PER_BATCH, `must hold at most ${MAX_EVENTS_PER_BATCH} events`),
});

export interface Rejected {
  index: number;
  field: string;
  message: string;
}

/** Splits a batch into valid events and per-event rejections that name the field. */
export function validateEvents(raw: unknown[]): { valid: SdkEvent[]; rejected: Rejected[] } {
  const valid: SdkEvent[] = [];
  const rejected: Rejected[] = [];
  raw.forEach((item, index) => {
    const r = sdkEvent.safeParse(item);
    if (r.success) valid.push(r.data);
    else {
      const issue = r.error.issues[0];
      const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? String((issue as { keys?: string[] }).keys?.[0] ?? "") : "");
      rejected.push({ index, field: field || "(event)", message: `${field || "event"} ${issue.message}`.trim() });
    }
  });
  return { valid, rejected };
}
