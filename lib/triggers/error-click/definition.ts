import { z } from "zod";
import { checkSelector } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("error_click"),
  // How long after a click a failure is still the click's. 3 s: Datadog RUM ties an error to the
  // action it happened in, and an action lasts until 100 ms without activity, up to 10 s; a
  // request started by a click usually fails within a few seconds, a handler's error at once.
  withinMs: z.number().int().min(100).max(10_000),
  // failed requests started around the click count too (absent = yes)
  requests: z.boolean().optional(),
  selector: z.string().max(200).optional(),
});
export type ErrorClickTrigger = z.infer<typeof schema>;

export const errorClick = defineTrigger({
  type: "error_click",
  name: "Error after a click",
  firesWhen: "A click ends in an error (script error or failed request)",
  schema,
  defaults: { type: "error_click", withinMs: 3000 },
  fields: [
    { kind: "number", key: "withinMs", label: "Within (seconds) of the click", unit: "ms", help: "A script error or failed request this soon after a click is that click's failure; later ones stay background errors." },
    { kind: "checkbox", key: "requests", label: "Failed requests count too", whenAbsent: true, help: "HTTP errors, network failures and timeouts, not only script errors." },
    { kind: "text", key: "selector", label: "CSS selector of the clicked element", optional: true, placeholder: "(any element)" },
  ],
  failure: z.object({
    type: z.literal("error_click"),
    cause: z.enum(["js_error", "http_error"]),
    sinceClickMs: z.number().int().min(0),
  }),
  simulateFields: [
    { key: "cause", label: "What failed (js_error or http_error)", kind: "text", initial: "js_error" },
    { key: "sinceClickMs", label: "Seconds after the click", kind: "seconds", initial: "0.2" },
  ],
  check: (d) => checkSelector(d.selector),
});
