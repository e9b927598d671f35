import { z } from "zod";
import { audience } from "@/lib/rules/primitives";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("custom"),
  name: z.string().min(1, "Event name is required").max(100),
  // conditions on the props passed to MeaCulpa.report(name, props)
  props: audience.optional(),
});
export type CustomTrigger = z.infer<typeof schema>;

export const custom = defineTrigger({
  type: "custom",
  name: "Custom event",
  firesWhen: "Custom event from the page",
  schema,
  defaults: { type: "custom" },
  fields: [
    { kind: "text", key: "name", label: "Event name", optional: false, placeholder: "checkout_failed", help: 'The page calls MeaCulpa.report("checkout_failed", props).' },
    { kind: "audience", key: "props", label: "Only when the event's properties match" },
  ],
  failure: z.object({
    type: z.literal("custom"),
    name: z.string().min(1).max(100),
    props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  }),
  simulateFields: [
    { key: "name", label: "Event name", kind: "text", initial: "" },
    { key: "props", label: "Event properties (JSON)", kind: "json", initial: "{}" },
  ],
});
