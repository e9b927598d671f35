// What the core SDK hands a sensor module it loaded on demand (see sensor-files.ts). Type-only:
// a sensor file bundles none of the core, so the core and each file share only this shape.
import type { CompiledRules } from "../../rules/contract";
import type { FailureSignal } from "../../triggers/matchers";

/** Wraps a listener so nothing it throws reaches the host page (errors go to the debug log). */
export type Safe = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => void;

export interface SensorContext {
  /** the rules now in force (null until the first copy arrives) */
  rules(): CompiledRules | null;
  /** report a failure: the core decides, apologizes and counts */
  fire(s: FailureSignal): void;
  safe: Safe;
  /** when the page last started a request (ms since epoch); a click that started one worked */
  requestedAt(): number;
  /** our own nodes (the apology): never the page's response */
  own(n: Node): boolean;
  /** what to call when the rules stream announces a revision (its ETag) */
  announced(etag: unknown): void;
  /** this file's types' matchers, for the core's evaluator (see lib/sdk/core-matchers.ts) */
  addMatchers(m: Record<string, (t: never, s: never) => boolean>): void;
  /** the attributes of the last identify() ({} before one) */
  user(): Record<string, unknown>;
  /** the events endpoint (POST /api/v1/events/{key}; the rules stream is /api/v1/rules/{key}/stream) */
  events: string;
}

/** A sensor file's default export. */
export type StartSensors = (ctx: SensorContext) => void;
