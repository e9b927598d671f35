import { z } from "zod";
import { urlMatch } from "@/lib/rules/primitives";
import { checkSelector, checkUrlRegex } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("resource_error"),
  url: urlMatch.optional(),
  selector: z.string().max(200).optional(),
});
export type ResourceErrorTrigger = z.infer<typeof schema>;

export const resourceError = defineTrigger({
  type: "resource_error",
  name: "Resource failed to load",
  firesWhen: "Image, script or stylesheet fails to load",
  schema,
  defaults: { type: "resource_error" },
  fields: [
    { kind: "url", key: "url", label: "URL pattern", placeholder: "*.png  (empty: any URL)" },
    { kind: "text", key: "selector", label: "CSS selector", optional: true, placeholder: "(any element)" },
  ],
  failure: z.object({ type: z.literal("resource_error"), url: z.string().min(1).max(2048) }),
  simulateFields: [{ key: "url", label: "URL", kind: "text", initial: "/images/missing.png" }],
  check: (d) => checkUrlRegex(d.url) ?? checkSelector(d.selector),
});
