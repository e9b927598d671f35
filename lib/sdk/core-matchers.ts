// The SDK's matcher table. scripts/sdk-bundle.ts builds v1.js with this module in place of
// lib/triggers/matchers.ts: it holds the matchers of the types the core senses itself, and each
// sensor file adds its own types' matchers when it starts (SensorContext.addMatchers), so v1.js
// carries no matcher for a type no campaign on the site uses. Server code (simulator, conformance
// runs) uses lib/triggers/matchers.ts, which lists every type. registry.test.ts checks that the two
// tables together cover the registry.
import type { CompiledTrigger } from "../triggers/registry";
import type { FailureSignal } from "../triggers/matchers";
import { matchCustom } from "../triggers/custom/match";
import { matchErrorClick } from "../triggers/error-click/match";
import { matchHttpError } from "../triggers/http-error/match";
import { matchJsError } from "../triggers/js-error/match";
import { matchResourceError } from "../triggers/resource-error/match";
import { matchSlowRequest } from "../triggers/slow-request/match";

export type Matcher = (t: CompiledTrigger, s: FailureSignal) => boolean;

const MATCHERS: Record<string, Matcher> = {
  http_error: matchHttpError,
  slow_request: matchSlowRequest,
  js_error: matchJsError,
  error_click: matchErrorClick,
  resource_error: matchResourceError,
  custom: matchCustom,
} as Record<string, unknown> as Record<string, Matcher>;

/** The types whose matchers the core carries (the rest come with sensor files). */
export const CORE_MATCHED_TYPES = /* @__PURE__ */ Object.keys(MATCHERS);

/** Same contract as lib/triggers/matchers.ts: a type with no matcher (yet) never matches. */
export function triggerMatches(t: CompiledTrigger, s: FailureSignal): boolean {
  const m = t.type === s.type && Object.prototype.hasOwnProperty.call(MATCHERS, t.type) ? MATCHERS[t.type] : undefined;
  return !!m && m(t, s);
}

/** A sensor file's matchers, by trigger type. */
export function addMatchers(m: Record<string, Matcher>): void {
  Object.assign(MATCHERS, m);
}
