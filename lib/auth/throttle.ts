// Failed sign-ins are counted per email and per client address in the database, so every instance
// throttles alike. After the key's failure limit within WINDOW the key is locked for LOCK. An
// address gets a higher limit than an email: offices share addresses, and one person mistyping
// must not lock out colleagues, while a guesser spraying many emails from one address still is.
import { db } from "@/lib/db";

export function maxFailures(key: string): number {
  return key.startsWith("ip:") ? 30 : 5;
}
const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;

/** Milliseconds until sign-in is allowed again for any of the keys, or 0. */
export async function lockedFor(keys: string[], now = new Date()): Promise<number> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys } } });
  let wait = 0;
  for (const r of rows) {
    if (r.lockedUntil && r.lockedUntil > now) wait = Math.max(wait, r.lockedUntil.getTime() - now.getTime());
  }
  return wait;
}

export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await db().loginThrottle.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= maxFailures(key) ? new Date(now.getTime() + LOCK_MS) : null;
    await db().loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, windowStart: fresh ? now : row.windowStart, lockedUntil },
    });
  }
}

export async function clearFailures(keys: string[]): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys } } });
}
