import { z } from "zod";
import { checkSelector } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("rage_click"),
  clicks: z.number().int().min(2).max(50),
  withinMs: z.number().int().min(100).max(10_000),
  selector: z.string().max(200).optional(),
});
export type RageClickTrigger = z.infer<typeof schema>;

export const rageClick = defineTrigger({
  type: "rage_click",
  name: "Rage clicks",
  firesWhen: "Rage clicks",
  schema,
  defaults: { type: "rage_click", clicks: 4, withinMs: 1000 },
  fields: [
    { kind: "number", key: "clicks", label: "Clicks" },
    { kind: "number", key: "withinMs", label: "Within (seconds)", unit: "ms" },
    { kind: "text", key: "selector", label: "CSS selector", optional: true, placeholder: "(any element)" },
  ],
  failure: z.object({ type: z.literal("rage_click"), clicks: z.number().int().min(0), withinMs: z.number().int().min(0) }),
  simulateFields: [
    { key: "clicks", label: "Clicks", kind: "number", initial: "5" },
    { key: "withinMs", label: "Within (seconds)", kind: "seconds", initial: "0.9" },
  ],
  check: (d) => checkSelector(d.selector),
});
