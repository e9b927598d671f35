import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { environmentName } from "@/lib/environments";

export const createKeyInput = z.object({
  environment: environmentName,
  name: z.string().trim().min(1, "Name the key (e.g. “CI deploy”)").max(60, "Name is at most 60 characters"),
  role: z.enum(ROLES).refine((r) => r !== "owner", "A key cannot be an owner"),
});

export const attributeDefaultsInput = z
  .array(
    z.object({
      attribute: z.string().trim().regex(/^[A-Za-z_][\w.-]{0,63}$/, "Attribute names are letters, digits, _ . - (starting with a letter or _)"),
      fallback: z.string().trim().max(200, "A fallback is at most 200 characters"),
    }),
  )
  .max(50, "At most 50 defaults")
  .refine((rows) => new Set(rows.map((r) => r.attribute)).size === rows.length, "Each attribute can have one default");

export const workspaceCapsInput = z.object({
  minGapSeconds: z.number().int().min(0, "Cannot be negative").max(3600, "At most one hour"),
  // 0 = no limit
  maxPerSession: z.number().int().min(0, "Cannot be negative").max(1000, "At most 1000"),
  disputeThresholdPercent: z.number().min(0.1, "At least 0.1 %").max(100, "At most 100 %").default(5),
});
