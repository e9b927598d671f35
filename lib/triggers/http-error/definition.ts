import { z } from "zod";
import { methods, urlMatch } from "@/lib/rules/primitives";
import { checkUrlRegex } from "../checks";
import { defineTrigger } from "../define";

const schema = z.object({
  type: z.literal("http_error"),
  url: urlMatch.optional(),
  methods,
  // "500", "5xx", "4xx", "0" (network failure)
  statuses: z.array(z.string().regex(/^(0|[1-5]xx|[1-5]\d\d)$/, "Statuses look like 503, 5xx or 0")).min(1, "List at least one status").max(50),
  // the page's own timeout giving up (XHR timeout, AbortSignal.timeout()): on unless set false
  timeouts: z.boolean().optional(),
});
export type HttpErrorTrigger = z.infer<typeof schema>;

export const httpError = defineTrigger({
  type: "http_error",
  name: "Request failed",
  firesWhen: "Request fails (HTTP error or network)",
  schema,
  defaults: { type: "http_error", methods: [], statuses: ["5xx", "0"] },
  fields: [
    { kind: "url", key: "url", label: "URL pattern", placeholder: "/api/search*  (empty: any URL)" },
    { kind: "list", key: "methods", label: "Methods", case: "upper", placeholder: "GET, POST  (empty: any)" },
    { kind: "list", key: "statuses", label: "Statuses", case: "lower", placeholder: "5xx, 404, 0", help: "Codes, classes like 5xx, and 0 for a network failure." },
    { kind: "checkbox", key: "timeouts", whenAbsent: true, label: "Also when the page's own timeout gives up on the request" },
  ],
  failure: z.object({
    type: z.literal("http_error"),
    url: z.string().min(1).max(2048),
    method: z.string().max(10).default("GET"),
    status: z.number().int().min(0).max(599),
    timeout: z.boolean().optional(),
  }),
  simulateFields: [
    { key: "url", label: "URL", kind: "text", initial: "/api/demo/search?q=shoes" },
    { key: "method", label: "Method", kind: "upper", initial: "GET" },
    { key: "status", label: "Status (0 = network failure)", kind: "number", initial: "500" },
  ],
  check: (d) => checkUrlRegex(d.url),
});
