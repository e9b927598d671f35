import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("RateLimiter", () => {
  it("a flood of new keys never gives a busy sender its burst back", () => {
    const l = new RateLimiter(1, 10);
    const t = 1_000_000;
    expect(l.take("busy", 10, t)).toBe(0);
    expect(l.take("busy", 1, t)).toBeGreaterThan(0);
    // 60,000 forged keys in the same instant: more than the limiter keeps
    for (let i = 0; i < 60_000; i++) {
      l.take(`forged-${i}`, 1, t);
      if (i % 1000 === 0) expect(l.take("busy", 1, t)).toBeGreaterThan(0); // still limited, and recently used
    }
    expect(l.take("busy", 1, t)).toBeGreaterThan(0);
  });
});
