import { z } from "zod";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("js_error"),
  messageContains: z.string().max(200).optional(),
  sameOriginOnly: z.boolean(),
});
export type JsErrorTrigger = z.infer<typeof schema>;

export const jsError = defineTrigger({
  type: "js_error",
  name: "Script error",
  firesWhen: "Script error",
  schema,
  defaults: { type: "js_error", sameOriginOnly: true },
  fields: [
    { kind: "text", key: "messageContains", label: "Message contains", optional: true, placeholder: "(any message)" },
    { kind: "checkbox", key: "sameOriginOnly", label: "Only errors from this site's own scripts" },
  ],
  failure: z.object({ type: z.literal("js_error"), message: z.string().max(500), sameOrigin: z.boolean().default(true) }),
  simulateFields: [{ key: "message", label: "Error message", kind: "text", initial: "" }],
});
