// Campaign parts as stored and as edited: one zod module for the server actions, the management
// API and the forms. Compiled to the public contract by lib/rules/compile.ts at publish time.
import { z } from "zod";
import { compiledTrigger, urlMatch } from "@/lib/rules/contract";

export const TRIGGER_TYPES = [
  "http_error",
  "slow_request",
  "js_error",
  "resource_error",
  "media_stall",
  "rage_click",
  "custom",
] as const;

export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "archived"] as const;

export { urlMatch };

/** A trigger's type + config; the config is exactly the compiled trigger minus its type. */
export const triggerDefinition = compiledTrigger;
export type TriggerDefinition = z.infer<typeof triggerDefinition>;

export const messageInput = z.object({
  title: z.string().trim().min(1, "Title is required").max(120, "Title is at most 120 characters"),
  body: z.string().trim().min(1, "Body is required").max(400, "Body is at most 400 characters"),
  style: z.enum(["toast", "banner"]).default("toast"),
  position: z
    .enum(["bottom-right", "bottom-left", "top-right", "top-left", "top", "bottom"])
    .default("bottom-right"),
  autoDismissMs: z.number().int().min(0).max(120_000).default(8000),
});
export type MessageInput = z.infer<typeof messageInput>;

export const capsInput = z.object({
  perSession: z.number().int().min(0).max(1000).default(0),
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

/** What the builder form and POST/PATCH /api/v1/campaigns send. */
export const campaignInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name is at most 100 characters"),
  priority: z.number().int().min(-1000).max(1000).default(0),
  trigger: triggerRef,
  message: messageInput,
  caps: capsInput.default({ perSession: 0 }),
});
export type CampaignInput = z.infer<typeof campaignInput>;

export const campaignPatch = campaignInput.partial().extend({ status: z.enum(CAMPAIGN_STATUSES).optional() });

export const triggerInput = z.object({
  name: z.string().trim().min(1, "Name is required").max(100),
  definition: triggerDefinition,
});

export const workspaceSettings = z.object({
  minGapMs: z.number().int().min(0).max(3_600_000).default(0),
});

export const attributeDefaults = z.record(z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/), z.string().max(200));
