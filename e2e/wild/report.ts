// How the wild suite's results read, for the spec's failure messages and the bench's table.
import type { Apology, AppResult } from "./types";

/** One apology on one line: its trigger, whether it was shown, the URL, and what came before it. */
export function formatApology(a: Apology): string {
  return [
    `${a.trigger}${a.shown ? "" : " (detected, not shown)"}`,
    `after ${a.when}`,
    a.selector ? `on ${a.selector}` : "",
    a.url ? `url ${a.url}` : "",
    a.signal ? `sensed ${a.signal}` : "",
    a.reason ? `real: ${a.reason}` : "",
  ]
    .filter(Boolean)
    .join(" | ");
}

export const perThousand = (n: number, interactions: number) => (interactions ? (1000 * n) / interactions : 0);

export function summaryLine(r: AppResult): string {
  const rate = perThousand(r.false.length, r.interactions).toFixed(1);
  return `${r.app} (${r.packages.join(", ")}): ${r.interactions} interactions in ${(r.durationMs / 1000).toFixed(0)} s, ${r.real.length} real, ${r.false.length} false apologies (${rate} per 1,000)`;
}
