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
    expect(p.size).toBe(2);
  });

  it("holds at most `max` signals", () => {
    const p = createPendingSignals<number>(3, 10_000);
    expect([1, 2, 3, 4].map((n) => p.hold(n))).toEqual([true, true, true, false]);
    expect(p.size).toBe(3);
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
    expect(p.size).toBe(0);
  });
});
