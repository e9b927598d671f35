import { elementMatches } from "../request-match";
import type { UnresponsiveTrigger } from "./definition";

/**
 * A click on an interactive element (`input: "click"`) or Enter in a text field (`"enter"`) that
 * the page did not answer for `waitedMs` (see lib/sdk/sensors/interaction.ts for what counts as
 * an answer). `matches` tests the element.
 */
export interface UnresponsiveSignal {
  type: "unresponsive";
  input: "click" | "enter";
  waitedMs: number;
  matches?: (selector: string) => boolean;
}

export const matchUnresponsive = (t: UnresponsiveTrigger, s: UnresponsiveSignal) =>
  s.waitedMs >= t.withinMs && (s.input === "click" || t.enter !== false) && elementMatches(t.selector, s.matches);
