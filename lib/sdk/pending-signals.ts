// Failure signals sensed before any rules are known (first visit, rules server down), kept until a
// rules attempt succeeds. A drain hands each held signal over exactly once: a signal the consumer
// holds again waits for the next drain instead of being replayed in the same loop. Before this
// module, a drain that re-queued spun forever and froze the host page (issue #18).

export interface PendingSignals<S> {
  /** Holds a signal; beyond `max` held signals a new one is dropped (returns false). */
  hold(s: S): boolean;
  /**
   * Passes every held signal, oldest first, to `replay` once, skipping those held longer than
   * `maxAgeMs` (an apology belongs to the moment of the failure, not to a page minutes later).
   * Signals that `replay` holds again are kept for the next drain.
   */
  drain(replay: (s: S) => void): void;
}

export function createPendingSignals<S>(max: number, maxAgeMs: number, now: () => number = Date.now): PendingSignals<S> {
  let held: [S, number][] = [];
  return {
    hold: (s) => held.length < max && held.push([s, now()]) > 0,
    drain(replay) {
      const batch = held;
      held = [];
      for (const [s, at] of batch) if (now() - at <= maxAgeMs) replay(s);
    },
  };
}
