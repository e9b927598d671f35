// A visitor's clock is wrong more often than one would think; their events still count, at the
// server's time, and one bad event never costs the good ones of its batch.
import { describe, expect, it } from "vitest";
import { validateEvents } from "./schemas";

const now = Date.UTC(2026, 10, 29, 12, 0, 0);
const ev = (ts: number, id = "3f0f8c3e-2b1a-4c1e-9d7a-6b2f1e0c9a11") => ({ id, type: "shown", ts, sessionId: "s" });

describe("clock skew", () => {
  it.each([
    ["10 minutes fast", 10 * 60_000],
    ["3 hours slow", -3 * 3_600_000],
    ["a day and a half fast", 36 * 3_600_000],
  ])("a browser %s: its events are kept, moved to the server's clock", (_name, skew) => {
    const sentAt = now + skew;
    const { valid, rejected } = validateEvents([ev(sentAt - 5_000)], { sentAt, now });
    expect(rejected).toEqual([]);
    expect(valid[0].ts).toBe(now - 5_000);
  });

  it("without sentAt (another client), a ts slightly ahead is clamped to now, not refused", () => {
    const { valid, rejected } = validateEvents([ev(now + 10 * 60_000)], { now });
    expect(rejected).toEqual([]);
    expect(valid[0].ts).toBe(now);
  });

  it("what stays implausible after correction is refused on its own, naming ts, and the good ones are kept", () => {
    const good = "3f0f8c3e-2b1a-4c1e-9d7a-6b2f1e0c9a12";
    const { valid, rejected } = validateEvents([ev(now - 30 * 86_400_000), ev(now - 1000, good)], { sentAt: now, now });
    expect(valid.map((e) => e.id)).toEqual([good]);
    expect(rejected).toMatchObject([{ index: 0, field: "ts" }]);
  });
});
