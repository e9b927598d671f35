import { matchUrl } from "../../rules/url-match";
import { methodMatches } from "../request-match";
import type { HttpErrorTrigger } from "./definition";

/**
 * A request that finished with `status` (0 = no response), or with `timeout` when the page's own
 * timeout gave up on it. Requests the page aborted, or that a navigation cut off, are never sent.
 */
export interface HttpErrorSignal {
  type: "http_error";
  url: string;
  method: string;
  status: number;
  timeout?: boolean;
}

/** Exact codes ("503"), classes ("5xx") or "0" for a network failure. */
function statusMatches(patterns: string[], status: number): boolean {
  const s = String(status);
  for (const p of patterns) {
    if (p === s) return true;
    if (p.length === 3 && p.endsWith("xx") && status >= 100 && s[0] === p[0]) return true;
  }
  return false;
}

export const matchHttpError = (t: HttpErrorTrigger, s: HttpErrorSignal) =>
  (s.timeout ? t.timeouts !== false : statusMatches(t.statuses, s.status)) && methodMatches(t.methods, s.method) && matchUrl(t.url, s.url);
