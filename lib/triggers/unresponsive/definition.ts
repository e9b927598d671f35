import { z } from "zod";
import { checkSelector } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("unresponsive"),
  // How long the page may show no response. 1 s: the limit past which a user's flow of thought is
  // interrupted (Nielsen, "Response Times: The 3 Important Limits"); Datadog RUM calls a click
  // dead when no activity starts within 100 ms (too quick to be sure: a debounce or an animation
  // frame may still answer), PostHog waits about 2.5 s for a change (the user has often given up).
  withinMs: z.number().int().min(300).max(10_000),
  // Enter in a text or search field counts (absent = yes)
  enter: z.boolean().optional(),
  selector: z.string().max(200).optional(),
});
export type UnresponsiveTrigger = z.infer<typeof schema>;

export const unresponsive = defineTrigger({
  type: "unresponsive",
  name: "Unresponsive input",
  firesWhen: "A click or Enter gets no response",
  schema,
  defaults: { type: "unresponsive", withinMs: 1000 },
  fields: [
    { kind: "number", key: "withinMs", label: "No response within (seconds)", unit: "ms", help: "No change near the element, no new content, request, navigation, focus, selection or scroll this long after the click or Enter." },
    { kind: "checkbox", key: "enter", label: "Enter in a text or search field counts", whenAbsent: true, help: "Typing itself never counts; only Enter that nothing answers." },
    { kind: "text", key: "selector", label: "CSS selector of the element", optional: true, placeholder: "(any button, link or field)" },
  ],
  failure: z.object({
    type: z.literal("unresponsive"),
    input: z.enum(["click", "enter"]),
    waitedMs: z.number().int().min(0),
  }),
  simulateFields: [
    { key: "input", label: "What the user did (click or enter)", kind: "text", initial: "enter" },
    { key: "waitedMs", label: "Seconds without a response", kind: "seconds", initial: "1.5" },
  ],
  check: (d) => checkSelector(d.selector),
});
