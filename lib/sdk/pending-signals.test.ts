import { describe, expect, it } from "vitest";
import { createPendingSignals } from "./pending-signals";

describe("pending failure signals", () => {
  it("a drain whose consumer holds every signal again ends, and keeps them for the next drain", () => {
    const p = createPendingSignals<string>(20, 10_000);
    p.hold("a");
    p.hold("b");
    const seen: string[] = [];
    // the rules are still missing: the consumer can only hold them again (this once looped forever)
    p.drain((s) => {
      seen.push(s);
      p.hold(s);
    });
    expect(seen).toEqual(["a", "b"]);
    const next: string[] = [];
    p.drain((s) => next.push(s));
    expect(next).toEqual(["a", "b"]);
  });

  it("holds at most `max` signals", () => {
    const p = createPendingSignals<number>(3, 10_000);
    expect([1, 2, 3, 4].map((n) => p.hold(n))).toEqual([true, true, true, false]);
    const seen: number[] = [];
    p.drain((n) => seen.push(n));
    expect(seen).toEqual([1, 2, 3]);
  });

  it("skips signals held longer than maxAgeMs", () => {
    let t = 0;
    const p = createPendingSignals<string>(20, 10_000, () => t);
    p.hold("old");
    t = 6_000;
    p.hold("new");
    t = 12_000;
    const seen: string[] = [];
    p.drain((s) => seen.push(s));
    expect(seen).toEqual(["new"]);
    p.drain((s) => seen.push(s)); // drained signals are gone
    expect(seen).toEqual(["new"]);
  });
});
