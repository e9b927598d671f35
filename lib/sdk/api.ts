// window.MeaCulpa: the browser SDK's public API, as the script tag's stub, v1.js and the npm
// package all see it (types only: nothing here reaches the bundle).
export type Fn = (...a: unknown[]) => unknown;

/** identify/report/on/debug for the page; the rest is the SDK's own bookkeeping. */
export interface Api {
  identify(u: Record<string, unknown>): void;
  report(name: string, props?: Record<string, unknown>): void;
  on(event: "apology", cb: Fn): void;
  debug(on?: boolean): void;
  q?: unknown[][];
  __v?: number;
  /** set while this script loads itself again in CORS mode: the tag it came from */
  __m?: HTMLScriptElement;
  /** the sensor files started on this page (support and tests: "which sensors run here?") */
  __s?: string[];
}
