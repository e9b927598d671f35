/** Waits after `n` failures in a row: 1 s doubling to 5 min (rules refetches and the rules stream). */
export const backoffMs = (n: number) => (n ? Math.min(1000 * 2 ** (n - 1), 300_000) : 0);
