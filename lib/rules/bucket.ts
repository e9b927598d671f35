// Deterministic percentage buckets: the same user and campaign always land in the same place, on
// every client, so rollout and holdout are stable across pages, devices and our simulator.

/** FNV-1a, 32 bit. Chosen for being tiny and identical in every language a client may use. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A number in [0, 100) with two decimals for `salt:campaignId:userKey`. */
export function bucket(salt: string, campaignId: string, userKey: string): number {
  return (fnv1a(salt + ":" + campaignId + ":" + userKey) % 10000) / 100;
}
