import type { SlowPageTrigger } from "./definition";

/**
 * The page's main content had not appeared `ms` after the navigation began (`cause: "load"`), or
 * the page took `ms` to answer an interaction (`"blocked"`). See lib/sdk/sensors/page.ts.
 */
export interface SlowPageSignal {
  type: "slow_page";
  cause: "load" | "blocked";
  ms: number;
}

export const matchSlowPage = (t: SlowPageTrigger, s: SlowPageSignal) =>
  s.cause === "load" ? s.ms >= t.thresholdMs : t.blockedMs !== undefined && s.ms >= t.blockedMs;
