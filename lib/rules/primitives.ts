// Shapes that triggers, audiences and the rules contract share: URL patterns, conditions on
// attributes, audiences. Kept apart from contract.ts so that trigger definitions can use them
// without a circular import (the contract is assembled from the trigger registry).
import { z } from "zod";

export const urlMatch = z
  .object({
    kind: z.enum(["glob", "regex"]),
    source: z.string().min(1).max(500),
    flags: z.string().regex(/^[imsu]*$/).optional(),
  })
  .strict();

export const CONDITION_OPS = ["eq", "neq", "in", "nin", "contains", "starts", "gt", "gte", "lt", "lte", "exists", "nexists"] as const;
export const condition = z
  .object({
    // a user attribute, or $path (page path), $device (mobile|tablet|desktop), $locale
    attr: z.string().regex(/^(\$path|\$device|\$locale|[A-Za-z_][\w.-]{0,63})$/),
    op: z.enum(CONDITION_OPS),
    type: z.enum(["string", "number", "boolean", "date"]),
    value: z.union([z.string().max(500), z.number(), z.boolean(), z.array(z.union([z.string().max(200), z.number()])).max(100)]).optional(),
  })
  .strict();

export const audience = z
  .object({
    op: z.enum(["and", "or"]),
    groups: z.array(z.object({ op: z.enum(["and", "or"]), conditions: z.array(condition).min(1).max(20) }).strict()).min(1).max(10),
  })
  .strict();


/** HTTP methods a request trigger is limited to (empty = any), upper case. */
export const methods = z.array(z.string().regex(/^[A-Z]{3,7}$/)).max(9);

/**
 * An audience as a person edits it (segments, campaign audiences): every condition whose operator
 * compares needs a value ("plan equals (blank)" would match nobody, or everybody with an empty
 * plan, and says neither). Compiled rules keep the plain `audience` schema, so stored revisions
 * still read back as they were.
 */
export const editableAudience = audience.superRefine((a, ctx) => {
  a.groups.forEach((g, gi) =>
    g.conditions.forEach((c, ci) => {
      if (c.op === "exists" || c.op === "nexists") return;
      const v = c.value;
      const empty = v === undefined || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && !v.length);
      if (empty) ctx.addIssue({ code: "custom", path: ["groups", gi, "conditions", ci, "value"], message: `“${c.attr}” needs a value to compare with` });
    }),
  );
});
