// Apologies per 1,000 sessions, and when there are too few sessions for one. Pure: charts in the
// browser use it too (components/charts/trend-lines.ts).

/**
 * A rate needs enough sessions to mean something: below this many in a bucket, 3 apologies in 6
 * sessions would plot as 500 per 1,000 and flatten a week of history, so the bucket has no rate
 * (null) and the chart says why. 30 is the usual rule of thumb for a Poisson count's normal
 * approximation (relative error ≈ 1/√30 ≈ 18 %).
 */
export const MIN_SESSIONS_FOR_RATE = 30;

export const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Apologies per 1,000 sessions, two decimals; 0 when there were no sessions to divide by. */
export function perThousand(n: number, sessions: number): number {
  return sessions > 0 ? Math.round((n * 1000 * 100) / sessions) / 100 : 0;
}

/** Per-bucket rates per 1,000 sessions; null where a bucket had fewer than {@link MIN_SESSIONS_FOR_RATE} sessions. */
export function rates(counts: number[], sessions: number[]): (number | null)[] {
  return counts.map((n, i) => (sessions[i] >= MIN_SESSIONS_FOR_RATE ? perThousand(n, sessions[i]) : null));
}
