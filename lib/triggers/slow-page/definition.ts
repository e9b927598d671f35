import { z } from "zod";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("slow_page"),
  // The page's main content has not appeared this long after the navigation began. 4 s: where
  // Core Web Vitals call Largest Contentful Paint "poor" (good ≤ 2.5 s, poor > 4 s).
  thresholdMs: z.number().int().min(1000).max(60_000),
  // An interaction the page took this long to answer (input to next paint, Event Timing); absent
  // = not sensed. 500 ms: where Core Web Vitals call Interaction to Next Paint "poor".
  blockedMs: z.number().int().min(100).max(10_000).optional(),
});
export type SlowPageTrigger = z.infer<typeof schema>;

export const slowPage = defineTrigger({
  type: "slow_page",
  name: "Slow page",
  firesWhen: "The page takes forever (content or a reply to input)",
  schema,
  defaults: { type: "slow_page", thresholdMs: 4000, blockedMs: 500 },
  fields: [
    { kind: "number", key: "thresholdMs", label: "Main content not shown after (seconds)", unit: "ms", help: "Fires while the visitor is still waiting for the page's largest content, once per page view." },
    { kind: "number", key: "blockedMs", label: "Input answered after (seconds)", unit: "ms", optional: true, help: "A click or key press the page took this long to answer (the main thread was blocked). Empty: not sensed." },
  ],
  failure: z.object({
    type: z.literal("slow_page"),
    cause: z.enum(["load", "blocked"]),
    ms: z.number().int().min(0),
  }),
  simulateFields: [
    { key: "cause", label: "What was slow (load or blocked)", kind: "text", initial: "load" },
    { key: "ms", label: "How long (seconds)", kind: "seconds", initial: "6" },
  ],
});
