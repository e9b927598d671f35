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

export const workspaceSettings = z.object({
  minGapMs: z.number().int().min(0).max(3_600_000).default(0),
});

export const attributeDefaults = z.record(z.string().regex(/^[A-Za-z_][\w.-]{0,63}$/), z.string().max(200));
