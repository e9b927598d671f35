// Every trigger type's matcher, keyed by type: the shared evaluator (and so the SDK) decides with
// these. Pure and dependency-free (type-only imports from the definitions are erased), so the SDK
// bundles it without zod. A type in the registry without a matcher here is a compile error.
import type { CompiledTrigger, TriggerType } from "./registry";
import { matchCustom, type CustomSignal } from "./custom/match";
import { matchErrorClick, type ErrorClickSignal } from "./error-click/match";
import { matchHttpError, type HttpErrorSignal } from "./http-error/match";
import { matchJsError, type JsErrorSignal } from "./js-error/match";
import { matchMediaQuality, type MediaQualitySignal } from "./media-quality/match";
import { matchMediaStall, type MediaStallSignal } from "./media-stall/match";
import { matchRageClick, type RageClickSignal } from "./rage-click/match";
import { matchResourceError, type ResourceErrorSignal } from "./resource-error/match";
import { matchSlowPage, type SlowPageSignal } from "./slow-page/match";
import { matchSlowRequest, type SlowRequestSignal } from "./slow-request/match";
import { matchUnresponsive, type UnresponsiveSignal } from "./unresponsive/match";

/** What a sensor reports, per trigger type. */
export interface SignalOf {
  http_error: HttpErrorSignal;
  slow_request: SlowRequestSignal;
  slow_page: SlowPageSignal;
  js_error: JsErrorSignal;
  error_click: ErrorClickSignal;
  resource_error: ResourceErrorSignal;
  media_stall: MediaStallSignal;
  media_quality: MediaQualitySignal;
  rage_click: RageClickSignal;
  unresponsive: UnresponsiveSignal;
  custom: CustomSignal;
}

/** A failure a sensor saw (or the simulator describes), tagged with its trigger type. */
export type FailureSignal = SignalOf[TriggerType];

type Matchers = { [K in TriggerType]: (t: Extract<CompiledTrigger, { type: K }>, s: SignalOf[K]) => boolean };

const MATCHERS: Matchers = {
  http_error: matchHttpError,
  slow_request: matchSlowRequest,
  slow_page: matchSlowPage,
  js_error: matchJsError,
  error_click: matchErrorClick,
  resource_error: matchResourceError,
  media_stall: matchMediaStall,
  media_quality: matchMediaQuality,
  rage_click: matchRageClick,
  unresponsive: matchUnresponsive,
  custom: matchCustom,
};

/** True when trigger `t` fires for failure `s` (same type, and the type's own conditions hold). */
export function triggerMatches(t: CompiledTrigger, s: FailureSignal): boolean {
  if (t.type !== s.type) return false;
  const m = MATCHERS[t.type] as (t: CompiledTrigger, s: FailureSignal) => boolean;
  return !!m && m(t, s); // a type this SDK build does not know never matches
}
