// The one error shape of every endpoint, the management API and the SDK-facing fast path alike:
// `{ "error": { "code", "message", "field"? } }` (the OpenAPI document describes it once).
// Kept free of Next imports so the fast path can use it.
export const ERROR_CODES: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "too_large",
  422: "validation_failed",
  429: "rate_limited",
  500: "internal",
  503: "unavailable",
};

export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}
