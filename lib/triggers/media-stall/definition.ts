import { z } from "zod";
import { checkSelector } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("media_stall"),
  selector: z.string().max(200).optional(),
  stallMs: z.number().int().min(100).max(120_000),
  count: z.number().int().min(1).max(100),
});
export type MediaStallTrigger = z.infer<typeof schema>;

export const mediaStall = defineTrigger({
  type: "media_stall",
  name: "Media stalled",
  firesWhen: "Video or audio stalls",
  schema,
  defaults: { type: "media_stall", stallMs: 3000, count: 3 },
  fields: [
    { kind: "text", key: "selector", label: "CSS selector", optional: true, placeholder: "(any element)" },
    { kind: "number", key: "stallMs", label: "Stalled for (seconds)", unit: "ms" },
    { kind: "number", key: "count", label: "or stalls this many times" },
  ],
  failure: z.object({ type: z.literal("media_stall"), stallMs: z.number().int().min(0), count: z.number().int().min(0) }),
  simulateFields: [
    { key: "stallMs", label: "Stalled for (seconds)", kind: "seconds", initial: "5" },
    { key: "count", label: "Stall count", kind: "number", initial: "3" },
  ],
  check: (d) => checkSelector(d.selector),
});
