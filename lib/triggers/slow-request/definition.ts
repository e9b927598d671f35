import { z } from "zod";
import { methods, urlMatch } from "@/lib/rules/primitives";
import { checkUrlRegex } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("slow_request"),
  url: urlMatch.optional(),
  methods,
  thresholdMs: z.number().int().min(50).max(120_000),
});
export type SlowRequestTrigger = z.infer<typeof schema>;

export const slowRequest = defineTrigger({
  type: "slow_request",
  name: "Slow request",
  firesWhen: "Request is slow",
  schema,
  defaults: { type: "slow_request", methods: [], thresholdMs: 3000 },
  fields: [
    { kind: "url", key: "url", label: "URL pattern", placeholder: "/api/search*  (empty: any URL)" },
    { kind: "list", key: "methods", label: "Methods", case: "upper", placeholder: "GET, POST  (empty: any)" },
    { kind: "number", key: "thresholdMs", label: "Still pending after (seconds)", unit: "ms", help: "Fires while the user is still waiting." },
  ],
  failure: z.object({ type: z.literal("slow_request"), url: z.string().min(1).max(2048), method: z.string().max(10).default("GET"), elapsedMs: z.number().int().min(0) }),
  simulateFields: [
    { key: "url", label: "URL", kind: "text", initial: "/api/demo/search?q=shoes" },
    { key: "method", label: "Method", kind: "upper", initial: "GET" },
    { key: "elapsedMs", label: "Pending for (seconds)", kind: "seconds", initial: "5" },
  ],
  check: (d) => checkUrlRegex(d.url),
});
