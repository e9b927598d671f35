import { elementMatches } from "../request-match";
import type { RageClickTrigger } from "./definition";

/** `clicks` clicks on one element within `withinMs`. */
export interface RageClickSignal {
  type: "rage_click";
  clicks: number;
  withinMs: number;
  matches?: (selector: string) => boolean;
}

export const matchRageClick = (t: RageClickTrigger, s: RageClickSignal) =>
  elementMatches(t.selector, s.matches) && s.clicks >= t.clicks && s.withinMs <= t.withinMs;
