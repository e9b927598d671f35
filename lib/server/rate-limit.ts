// Token buckets in memory, per key. Good enough per instance; each instance limits on its own.
// Buckets live in an LRU cache: a flood of new keys (forged addresses, random keys) evicts the
// buckets idle the longest, one at a time, instead of resetting every bucket at once, which would
// hand every busy sender a fresh burst at the same moment (#26).
import { LRUCache } from "lru-cache";

/** Buckets kept per limiter: 50,000 × ~100 B. */
const MAX_BUCKETS = 50_000;

export class RateLimiter {
  private buckets = new LRUCache<string, { tokens: number; at: number }>({ max: MAX_BUCKETS });

  /** `perSecond` tokens refill each second, up to `burst`. */
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  /** Takes `cost` tokens; returns 0 if allowed, else the seconds to wait before retrying. */
  take(key: string, cost = 1, now = Date.now()): number {
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return 0;
    }
    return Math.max(1, Math.ceil((cost - b.tokens) / this.perSecond));
  }
}
