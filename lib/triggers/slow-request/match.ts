import { matchUrl } from "../../rules/url-match";
import { methodMatches } from "../request-match";
import type { SlowRequestTrigger } from "./definition";

/** A request still pending after `elapsedMs` (sent while the user waits). */
export interface SlowRequestSignal {
  type: "slow_request";
  url: string;
  method: string;
  elapsedMs: number;
}

export const matchSlowRequest = (t: SlowRequestTrigger, s: SlowRequestSignal) =>
  s.elapsedMs >= t.thresholdMs && methodMatches(t.methods, s.method) && matchUrl(t.url, s.url);
