// Sign-in throttling (#26), in the database so every instance throttles alike. Three counters,
// after OWASP's authentication cheat sheet and rate-limiter-flexible's "login endpoint protection":
// - pair (account, address): one person mistyping, or one guesser at one account from one place;
// - address: one address guessing many accounts;
// - account: many addresses guessing one account, counted and enforced only for addresses that
//   never signed in to that account, so nobody can lock the owner out from the owner's own address.
// Past its limit a counter locks with a delay that doubles per further failure, up to a cap.
//
// Checking and counting is one atomic step: an attempt takes its counters' rows FOR UPDATE, is
// refused if one is locked, and is otherwise counted as a failure before the password is even
// compared (a right password gives the count back). So a burst of concurrent guesses, across
// instances too, gets exactly `limit` comparisons, never more.
import { db } from "@/lib/db";
import { addressBucket } from "@/lib/server/client-address";

interface Rule {
  /** failures allowed before the lock */
  limit: number;
  /** the first lock; each further failure doubles it */
  baseMs: number;
  capMs: number;
}
const MINUTE = 60_000;
export const THROTTLE_RULES = {
  pair: { limit: 5, baseMs: MINUTE, capMs: 60 * MINUTE },
  // offices share addresses: one person mistyping must not lock out colleagues
  address: { limit: 30, baseMs: MINUTE, capMs: 60 * MINUTE },
  account: { limit: 20, baseMs: 5 * MINUTE, capMs: 60 * MINUTE },
} satisfies Record<string, Rule>;
/** Failures are forgotten a day after the last one. */
const QUIET_MS = 24 * 60 * MINUTE;
/** An address that signed in to an account stays known to it this long. */
const KNOWN_MS = 90 * 24 * 60 * MINUTE;

type Kind = keyof typeof THROTTLE_RULES;
const kindOf = (key: string): Kind => key.slice(0, key.indexOf(":")) as Kind;

/** Who is signing in from where: the email as typed (normalized) and the client's address. */
export interface SignInScope {
  email: string;
  address: string;
}

function keys(s: SignInScope) {
  const at = addressBucket(s.address);
  return { pair: `pair:${s.email} ${at}`, address: `address:${at}`, account: `account:${s.email}`, known: `known:${s.email} ${at}` };
}

/** The lock after `failures` failures under `rule`, in ms from now (0: none yet). */
export function lockMs(rule: Rule, failures: number): number {
  return failures < rule.limit ? 0 : Math.min(rule.capMs, rule.baseMs * 2 ** (failures - rule.limit));
}

interface Row {
  key: string;
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

/**
 * Starts a sign-in attempt: refuses it (`waitMs` > 0, the longest lock among its counters) or
 * counts it as a failure in each counter up front and lets the password be compared.
 */
export async function beginSignIn(scope: SignInScope, now = new Date()): Promise<{ waitMs: number; counted: string[] }> {
  const k = keys(scope);
  const known = await db().loginThrottle.findUnique({ where: { key: k.known } });
  const isKnown = !!known && now.getTime() - known.windowStart.getTime() < KNOWN_MS;
  const counted = [k.pair, k.address, ...(isKnown ? [] : [k.account])].sort(); // one lock order: no deadlocks
  return db().$transaction(async (tx) => {
    for (const key of counted) {
      await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<Row[]>`SELECT "key", "failures", "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE "key" = ANY(${counted}) ORDER BY "key" FOR UPDATE`;
    const waitMs = Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() - now.getTime() : 0)));
    if (waitMs > 0) return { waitMs, counted: [] };
    for (const r of rows) {
      const failures = now.getTime() - r.windowStart.getTime() > QUIET_MS ? 1 : r.failures + 1;
      const lock = lockMs(THROTTLE_RULES[kindOf(r.key)], failures);
      await tx.loginThrottle.update({ where: { key: r.key }, data: { failures, windowStart: now, lockedUntil: lock ? new Date(now.getTime() + lock) : null } });
    }
    return { waitMs: 0, counted };
    // a burst queues for its rows' locks and the pool's connections: waiting is the point
  }, { maxWait: 15_000, timeout: 15_000 });
}

/** Gives one counted attempt back to `key`, atomically (its lock stays if other failures earned it). */
function giveBack(tx: Pick<ReturnType<typeof db>, "$executeRaw">, key: string) {
  const { limit } = THROTTLE_RULES[kindOf(key)];
  return tx.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0), "lockedUntil" = CASE WHEN "failures" - 1 >= ${limit} THEN "lockedUntil" ELSE NULL END WHERE "key" = ${key}`;
}

/**
 * The password was right: the pair's failures are forgotten, the attempt counted up front is given
 * back to the address and account counters it was counted in (`counted`, from beginSignIn; their
 * locks stay if other failures earned them), and the address becomes known to the account. Each
 * row is one atomic statement, taken in beginSignIn's lock order (sorted keys): no lost counts, no
 * deadlock with a sign-in racing this one.
 */
export async function signInSucceeded(scope: SignInScope, counted: string[], now = new Date()): Promise<void> {
  const k = keys(scope);
  await db().$transaction(
    async (tx) => {
      for (const key of [...new Set([...counted, k.pair, k.known])].sort()) {
        if (key === k.pair) await tx.loginThrottle.deleteMany({ where: { key } });
        // two sign-ins of one person at once must not race an insert
        else if (key === k.known) await tx.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart") VALUES (${k.known}, 0, ${now}) ON CONFLICT ("key") DO UPDATE SET "windowStart" = ${now}`;
        else await giveBack(tx, key);
      }
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The password was never compared (hashing was over its bounds): every count beginSignIn took is given back. */
export async function signInNotCompared(counted: string[]): Promise<void> {
  await db().$transaction(
    async (tx) => {
      for (const key of [...counted].sort()) await giveBack(tx, key);
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/**
 * Deletes counters a day quiet and not locked, and addresses not seen for KNOWN_MS: the table
 * holds what throttling needs, not every email anyone ever typed. Returns how many rows went.
 */
export async function pruneSignInThrottle(sql: { query<T>(text: string, params?: unknown[]): Promise<T[]> }, now = new Date()): Promise<number> {
  const rows = await sql.query<{ key: string }>(
    `DELETE FROM "LoginThrottle" WHERE
       ("key" NOT LIKE 'known:%' AND "windowStart" < $1 AND ("lockedUntil" IS NULL OR "lockedUntil" < $2))
       OR ("key" LIKE 'known:%' AND "windowStart" < $3)
     RETURNING "key"`,
    [new Date(now.getTime() - QUIET_MS), now, new Date(now.getTime() - KNOWN_MS)],
  );
  return rows.length;
}

/** "Try again in 3 minute(s)." / "Try again in 40 second(s).": how long, as the person reads it. */
export function waitMessage(waitMs: number): string {
  // "60 second(s)" reads as a dodge: from 45 s on, whole minutes
  return waitMs >= 45_000 ? `Try again in ${Math.ceil(waitMs / MINUTE)} minute(s).` : `Try again in ${Math.max(1, Math.ceil(waitMs / 1000))} second(s).`;
}
