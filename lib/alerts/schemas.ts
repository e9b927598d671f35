// What an alert rule is: a metric over a window, for everything or one campaign or trigger type,
// compared with an absolute threshold or with a multiple of its usual level.
import { z } from "zod";
import { TRIGGER_TYPES } from "@/lib/triggers/registry";
import { environmentName } from "@/lib/environments";

export const ALERT_METRICS = ["shown", "detected", "suppressed", "rate"] as const;
export const METRIC_LABELS: Record<(typeof ALERT_METRICS)[number], string> = {
  shown: "Apologies shown",
  detected: "Failures detected",
  suppressed: "Apologies suppressed",
  rate: "Apologies per 1,000 sessions",
};

export const alertScope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("campaign"), campaignId: z.string().min(1, "pick a campaign").max(64) }),
  z.object({ kind: z.literal("trigger"), triggerType: z.enum(TRIGGER_TYPES, { message: "pick a trigger type" }) }),
]);
export type AlertScope = z.infer<typeof alertScope>;

export const webhookUrl = z
  .url({ message: "must be a URL like https://hooks.example.com/…", protocol: /^https?$/ })
  .max(2048, "must be at most 2,048 characters");

export const alertRuleInput = z
  .object({
    name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
    environment: environmentName,
    metric: z.enum(ALERT_METRICS),
    scope: alertScope,
    windowMinutes: z.coerce.number().int("must be whole minutes").min(1, "must be at least 1 minute").max(1440, "must be at most 1,440 minutes (a day)"),
    mode: z.enum(["absolute", "baseline"]),
    // absolute: fire at or above this value; baseline: fire at or above this multiple of the usual level
    threshold: z.coerce.number().positive("must be more than 0").max(1e9),
    webhookUrl,
    cooldownMinutes: z.coerce.number().int("must be whole minutes").min(1, "must be at least 1 minute").max(10_080, "must be at most a week"),
    enabled: z.boolean().default(true),
  })
  .refine((r) => r.mode !== "baseline" || r.threshold >= 1, { path: ["threshold"], message: "a baseline multiple must be at least 1 (×1 = the usual level)" });
export type AlertRuleInput = z.infer<typeof alertRuleInput>;
