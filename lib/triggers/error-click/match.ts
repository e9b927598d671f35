import { elementMatches } from "../request-match";
import type { ErrorClickTrigger } from "./definition";

/**
 * A failure the SDK would otherwise report as `cause` (an uncaught error, or a failed request),
 * `sinceClickMs` after the user clicked an element (`matches` tests that element). The SDK offers
 * it first: when no error_click campaign takes it, the failure is decided as its own type.
 */
export interface ErrorClickSignal {
  type: "error_click";
  cause: "js_error" | "http_error";
  sinceClickMs: number;
  matches?: (selector: string) => boolean;
}

export const matchErrorClick = (t: ErrorClickTrigger, s: ErrorClickSignal) =>
  s.sinceClickMs <= t.withinMs && (s.cause === "js_error" || t.requests !== false) && elementMatches(t.selector, s.matches);
