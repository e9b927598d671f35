// The compiled rules contract, version 1: what GET /api/v1/rules/{publicKey} serves and what every
// client (our SDK, customers' own clients) evaluates. Changes here must stay backward compatible
// within schemaVersion 1: add optional fields, never change the meaning of existing ones.
import { z } from "zod";
import { compiledTrigger } from "@/lib/triggers/registry";
import { audience, condition, urlMatch } from "./primitives";

export const copyPart = z.union([
  z.string(),
  z.object({ attr: z.string().min(1).max(64), fallback: z.string().max(200) }).strict(),
]);
export const compiledCopy = z.array(copyPart).max(64);

// urlMatch, condition and audience live in primitives.ts so trigger definitions can use them;
// the trigger union is assembled by the trigger registry (lib/triggers/registry.ts).
export { urlMatch, condition, audience, CONDITION_OPS } from "./primitives";
export { compiledTrigger };

export const messageAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("link"), label: z.string().min(1).max(40), url: z.url({ protocol: /^https$/, error: "Links must be https:// URLs" }) }).strict(),
  z.object({ kind: z.literal("retry"), label: z.string().min(1).max(40) }).strict(),
  z.object({ kind: z.literal("dismiss"), label: z.string().min(1).max(40) }).strict(),
]);

const disputeLabel = z.string().min(1).max(60);

export const compiledMessage = z
  .object({
    title: compiledCopy,
    body: compiledCopy,
    style: z.enum(["toast", "banner"]),
    position: z.enum(["bottom-right", "bottom-left", "top-right", "top-left", "top", "bottom"]),
    autoDismissMs: z.number().int().min(0).max(120_000),
    action: messageAction.optional(),
    // offer "Nothing's wrong?" on the apology: a click sends a `disputed` event (absent = no link)
    disputable: z.boolean().optional(),
    // the link's words when not the SDK's English default ("Nothing's wrong?")
    disputeLabel: disputeLabel.optional(),
    // locale ("fr-CA" or "fr") → copy; the best match is exact locale, then language, then default.
    // A variant's disputeLabel is the link in its language (absent: the SDK's English default).
    variants: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/), z.object({ title: compiledCopy, body: compiledCopy, disputeLabel: disputeLabel.optional() }).strict()).optional(),
  })
  .strict();

export const compiledCaps = z
  .object({
    // at most N apologies from this campaign per browser session (0 = no cap)
    perSession: z.number().int().min(0).max(1000),
    // at most `count` per user within `hours` (persisted per browser)
    perUser: z.object({ count: z.number().int().min(1).max(1000), hours: z.number().int().min(1).max(24 * 90) }).strict().optional(),
    // at most N per user per calendar day (UTC)
    perDay: z.number().int().min(1).max(1000).optional(),
    // the same trigger type and URL within this window apologizes once
    dedupeWindowMs: z.number().int().min(0).max(24 * 3_600_000).optional(),
  })
  .strict();

export const schedule = z
  .object({
    start: z.iso.datetime({ offset: true }).optional(),
    end: z.iso.datetime({ offset: true }).optional(),
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7).optional(), // 0 = Sunday
    startHour: z.number().int().min(0).max(23).optional(),
    endHour: z.number().int().min(1).max(24).optional(),
    timeZone: z.string().min(1).max(64),
    // Served, never stored: the intervals [from, to) in ms since epoch when `days` and `hours`
    // allow, resolved on the server for the next 48 h (lib/rules/schedule-windows.ts).
    open: z.array(z.tuple([z.number(), z.number()])).max(400).optional(),
  })
  .strict();

export const compiledCampaign = z
  .object({
    id: z.string().min(1).max(64),
    priority: z.number().int(),
    trigger: compiledTrigger,
    message: compiledMessage,
    caps: compiledCaps,
    audience: audience.optional(),
    rolloutPercent: z.number().int().min(0).max(100).optional(), // absent = 100
    holdoutPercent: z.number().int().min(0).max(100).optional(), // absent = 0
    schedule: schedule.optional(),
  })
  .strict();

export const compiledRules = z
  .object({
    schemaVersion: z.literal(1),
    revision: z.number().int().min(0),
    generatedAt: z.string(),
    expiresAt: z.string(),
    settings: z
      .object({
        // minimum gap between two apologies in one session, workspace-wide
        minGapMs: z.number().int().min(0),
        // at most N apologies per session across all campaigns (absent = no limit)
        maxPerSession: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    campaigns: z.array(compiledCampaign).max(500),
  })
  .strict();

/** The rules as a revision stores them: the served document without its per-serve fields. */
export const compiledBody = compiledRules.omit({ revision: true, generatedAt: true, expiresAt: true });

export type CopyPart = z.infer<typeof copyPart>;
export type CompiledCopy = z.infer<typeof compiledCopy>;
export type UrlMatch = z.infer<typeof urlMatch>;
export type CompiledTrigger = z.infer<typeof compiledTrigger>;
export type CompiledMessage = z.infer<typeof compiledMessage>;
export type CompiledCampaign = z.infer<typeof compiledCampaign>;
export type CompiledRules = z.infer<typeof compiledRules>;
export type TriggerType = CompiledTrigger["type"];
export type Condition = z.infer<typeof condition>;
export type Audience = z.infer<typeof audience>;
export type Schedule = z.infer<typeof schedule>;
