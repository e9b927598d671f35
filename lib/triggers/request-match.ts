// Matching shared by the request triggers (http_error, slow_request). Pure: bundled into the SDK.
/** True when `methods` is empty (any method) or lists `method` (case-insensitive). */
export function methodMatches(methods: string[], method: string): boolean {
  return methods.length === 0 || methods.includes(method.toUpperCase());
}

/** True when the failing element matches `selector`, or no selector is set. */
export function elementMatches(selector: string | undefined, matches: ((selector: string) => boolean) | undefined): boolean {
  return !selector || !!(matches && matches(selector));
}
