// #26: sign-in throttling that cannot be raced, nor used to lock an owner out from their own address.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { memoryDb, useAsProcessDb, type TestDb } from "@/lib/testing/memory-db";
import { beginSignIn, lockMs, pruneSignInThrottle, signInNotCompared, signInSucceeded, THROTTLE_RULES, waitMessage } from "./throttle";

let t: TestDb;
let restore: () => void;
beforeAll(async () => {
  t = await memoryDb();
  restore = useAsProcessDb(t);
});
afterAll(async () => {
  restore();
  await t.close();
});
beforeEach(async () => {
  await t.prisma.loginThrottle.deleteMany();
});

const MIN = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 7, 12) + ms);

describe("sign-in throttling", () => {
  it("lets exactly the pair's limit of a concurrent burst reach the password check", async () => {
    const scope = { email: "owner@shop.test", address: "203.0.113.9" };
    const results = await Promise.all(Array.from({ length: 60 }, () => beginSignIn(scope, at(0))));
    expect(results.filter((r) => r.waitMs === 0)).toHaveLength(THROTTLE_RULES.pair.limit);
    expect(results.filter((r) => r.waitMs > 0)).toHaveLength(60 - THROTTLE_RULES.pair.limit);
  });

  it("locks longer after each failure past the limit, and a right password gives the pair a clean slate", async () => {
    const scope = { email: "a@shop.test", address: "198.51.100.1" };
    for (let i = 0; i < 5; i++) expect((await beginSignIn(scope, at(0))).waitMs).toBe(0);
    expect((await beginSignIn(scope, at(1000))).waitMs).toBe(MIN - 1000);
    // the lock ends, the next failure locks for twice as long, then four times
    expect((await beginSignIn(scope, at(MIN))).waitMs).toBe(0);
    expect((await beginSignIn(scope, at(MIN))).waitMs).toBe(2 * MIN);
    expect((await beginSignIn(scope, at(3 * MIN))).waitMs).toBe(0);
    expect((await beginSignIn(scope, at(3 * MIN))).waitMs).toBe(4 * MIN);
    expect(lockMs(THROTTLE_RULES.pair, 30)).toBe(THROTTLE_RULES.pair.capMs);
    // the person waits it out and types the right password
    const right = await beginSignIn(scope, at(7 * MIN));
    expect(right.waitMs).toBe(0);
    await signInSucceeded(scope, right.counted, at(7 * MIN));
    for (let i = 0; i < 5; i++) expect((await beginSignIn(scope, at(8 * MIN))).waitMs).toBe(0);
  });

  it("never locks the owner out from an address they signed in from, whatever others try", async () => {
    const owner = { email: "owner@shop.test", address: "198.51.100.7" };
    const first = await beginSignIn(owner, at(0));
    expect(first.waitMs).toBe(0);
    await signInSucceeded(owner, first.counted, at(0));
    // 100 guesses at the owner's account from 50 other addresses (IPv6 ones in 50 different /64s)
    for (let i = 0; i < 100; i++) await beginSignIn({ email: owner.email, address: `2001:db8:${i % 50}::${i}` }, at(MIN));
    const stranger = await beginSignIn({ email: owner.email, address: "192.0.2.200" }, at(MIN));
    expect(stranger.waitMs).toBeGreaterThan(0); // new addresses are slowed down on that account
    const again = await beginSignIn(owner, at(MIN));
    expect(again.waitMs).toBe(0); // the owner's own address is not
    // ...and the owner signing in does not lift the lock strangers earned on the account
    await signInSucceeded(owner, again.counted, at(MIN));
    expect((await beginSignIn({ email: owner.email, address: "192.0.2.201" }, at(MIN))).waitMs).toBeGreaterThan(0);
  });

  it("counts an IPv6 /64 as one address", async () => {
    for (let i = 0; i < THROTTLE_RULES.address.limit; i++) await beginSignIn({ email: `x${i}@shop.test`, address: `2001:db8:7:7::${i.toString(16)}` }, at(0));
    expect((await beginSignIn({ email: "y@shop.test", address: "2001:db8:7:7:ffff::1" }, at(0))).waitMs).toBeGreaterThan(0);
    expect((await beginSignIn({ email: "y@shop.test", address: "2001:db8:7:8::1" }, at(0))).waitMs).toBe(0);
  });

  it("gives every count back when the password was never compared (hashing over its bounds)", async () => {
    const scope = { email: "busy@shop.test", address: "198.51.100.30" };
    for (let i = 0; i < 10; i++) {
      const r = await beginSignIn(scope, at(0));
      expect(r.waitMs).toBe(0); // without the give-back the pair would lock at the 5th
      await signInNotCompared(r.counted);
    }
  });

  it("a success gives back only its own count: failures others made from that address stay counted", async () => {
    const address = "198.51.100.40";
    for (let i = 0; i < 3; i++) await beginSignIn({ email: `other${i}@shop.test`, address }, at(0));
    const mine = await beginSignIn({ email: "me@shop.test", address }, at(0));
    await signInSucceeded({ email: "me@shop.test", address }, mine.counted, at(0));
    const row = await t.prisma.loginThrottle.findUnique({ where: { key: `address:${address}` } });
    expect(row?.failures).toBe(3);
  });

  it("prunes counters a day quiet and unlocked, and addresses unseen for 90 days, keeping the rest", async () => {
    const old = { email: "old@shop.test", address: "198.51.100.50" };
    const r = await beginSignIn(old, at(0));
    await signInSucceeded(old, r.counted, at(0));
    for (let i = 0; i < 5; i++) await beginSignIn({ email: "locked@shop.test", address: "198.51.100.51" }, at(0));
    const day = 24 * 60 * MIN;
    // a day and a minute later: the address counters went quiet; the pair lock (1 min) is over too
    expect(await pruneSignInThrottle(t.sql, at(day + 2 * MIN))).toBeGreaterThan(0);
    const left = (await t.prisma.loginThrottle.findMany()).map((x) => x.key).sort();
    expect(left).toEqual([`known:old@shop.test 198.51.100.50`]);
    await pruneSignInThrottle(t.sql, at(91 * day));
    expect(await t.prisma.loginThrottle.count()).toBe(0);
  });

  it("tells the person how long to wait", () => {
    expect(waitMessage(150_000)).toBe("Try again in 3 minute(s).");
    expect(waitMessage(40_000)).toBe("Try again in 40 second(s).");
    expect(waitMessage(59_000)).toBe("Try again in 1 minute(s).");
  });
});
