// Campaign parts as stored and as edited: one zod module for the server actions, the management
// API and the forms. Compiled to the public contract by lib/rules/compile.ts at publish time.
import { z } from "zod";
import { messageAction, schedule, urlMatch } from "@/lib/rules/contract";
import { editableAudience } from "@/lib/rules/primitives";
import { timeZoneProblem } from "@/lib/rules/time-zones";
import { compiledTrigger } from "@/lib/triggers/registry";

export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "archived"] as const;

export { urlMatch };

/** A trigger's type + config; the config is exactly the compiled trigger minus its type. */
export const triggerDefinition = compiledTrigger;
export type TriggerDefinition = z.infer<typeof triggerDefinition>;

export const messageInput = z.object({
  title: z.string().trim().min(1, "Title is required").max(120, "Title is at most 120 characters"),
  // optional: a one-line apology is often the right one (the toast then shows the title alone)
  body: z.string().trim().max(400, "Body is at most 400 characters").default(""),
  style: z.enum(["toast", "banner"]).default("toast"),
  position: z
    .enum(["bottom-right", "bottom-left", "top-right", "top-left", "top", "bottom"])
    .default("bottom-right"),
  autoDismissMs: z.number().int().min(0, "Hide after cannot be negative").max(120_000, "Hide after is at most 120 seconds").default(8000),
  // a small "Nothing's wrong?" link on the apology, so false apologies are measured (disputed share)
  disputeLink: z.boolean().optional(), // absent = true
  action: messageAction.optional(),
  // locale → copy in that language (same token rules as the default copy)
  variants: z
    .record(
      z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "Locales look like fr or fr-CA"),
      z.object({ title: z.string().trim().min(1).max(120), body: z.string().trim().max(400).default("") }),
    )
    .optional(),
});
export type MessageInput = z.infer<typeof messageInput>;

export const capsInput = z.object({
  perSession: z.number().int().min(0).max(1000).default(0),
  perUser: z.object({ count: z.number().int().min(1).max(1000), hours: z.number().int().min(1).max(24 * 90) }).optional(),
  perDay: z.number().int().min(1).max(1000).optional(),
  dedupeWindowMs: z.number().int().min(0).max(24 * 3_600_000).optional(),
});
export type CapsInput = z.infer<typeof capsInput>;

const triggerRef = z.union([
  z.object({ id: z.string().min(1).max(64) }).strict(),
  z
    .object({
      name: z.string().trim().min(1, "Trigger name is required").max(100, "Trigger name is at most 100 characters"),
      definition: triggerDefinition,
    })
    .strict(),
]);

export const audienceInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("everyone") }),
  z.object({ kind: z.literal("segment"), segmentId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal("custom"), audience: editableAudience }),
]);
export type AudienceInput = z.infer<typeof audienceInput>;

/** What the builder form and POST/PATCH /api/v1/campaigns send. */
// Field schemas without defaults, so a PATCH leaves out what it does not mention.
const campaignBase = {
  name: z.string().trim().min(1, "Name is required").max(100, "Name is at most 100 characters"),
  priority: z.number().int().min(-1000).max(1000),
  trigger: triggerRef,
  message: messageInput,
  caps: capsInput,
  audience: audienceInput,
  rolloutPercent: z.number().int().min(0, "0–100").max(100, "0–100"),
  holdoutPercent: z.number().int().min(0, "0–100").max(100, "0–100"),
  // `open` is served, never set; a zone the runtime does not know would serve no window at all
  schedule: schedule
    .omit({ open: true })
    .superRefine((s, ctx) => {
      const problem = timeZoneProblem(s.timeZone);
      if (problem) ctx.addIssue({ code: "custom", path: ["timeZone"], message: problem });
    })
    .nullable()
    .optional(),
};
const campaignFields = z.object({
  ...campaignBase,
  priority: campaignBase.priority.default(0),
  caps: capsInput.default({ perSession: 0 }),
  audience: audienceInput.default({ kind: "everyone" }),
  rolloutPercent: campaignBase.rolloutPercent.default(100),
  holdoutPercent: campaignBase.holdoutPercent.default(0),
});
export const campaignInput = campaignFields.refine((c) => !c.schedule?.start || !c.schedule?.end || c.schedule.start < c.schedule.end, {
    message: "The schedule must end after it starts",
    path: ["schedule", "end"],
  });
export type CampaignInput = z.infer<typeof campaignInput>;

export type CampaignInputRaw = z.input<typeof campaignInput>;

export const campaignPatch = z
  .object(campaignBase)
  .partial()
  .extend({ status: z.enum(CAMPAIGN_STATUSES).optional() });

export const triggerInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  definition: triggerDefinition,
});

export const workspaceSettings = z.object({
  minGapMs: z.number().int().min(0).max(3_600_000).default(0),
  maxPerSession: z.number().int().min(1).max(1000).optional(),
  // the campaign list flags a campaign when this share (%) of its apologies shown in the last
  // 7 days was answered "Nothing's wrong?" (not compiled into the rules: an admin-side signal)
  disputeThresholdPercent: z.number().min(0.1).max(100).default(5),
});

export const attributeDefaults = z.record(z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/), z.string().max(200));
