// Password hashing off the event loop (#26). bcrypt at cost 12 takes ~250 ms of CPU; pure-JS bcrypt
// ran it on the only event loop, so 60 sign-ins in flight held every other request (health checks,
// SDK rules) for 18 s without even an account. @node-rs/bcrypt hashes in native code on libuv's
// thread pool, and the number of hashes in flight is bounded in total and per client address: a
// flood from one address waits on its own share, and a flood from many waits in a bounded queue
// instead of taking the whole pool.
import { compare, hash } from "@node-rs/bcrypt";
import pLimit, { type LimitFunction } from "p-limit";
import { AppError } from "@/lib/errors";
import { addressBucket } from "@/lib/server/client-address";

const COST = 12;
/** Hashes in flight at once in this process: half of libuv's default pool of 4, the rest for file and DNS work. */
export const MAX_HASHES = 2;
/** Hashes one address may have waiting; it hashes one at a time, so it never holds the whole pool. */
export const MAX_WAITING_PER_ADDRESS = 8;
/** Hashes waiting for a free slot before new ones are refused (each waits ~250 ms per slot ahead). */
const MAX_WAITING = 64;

const pool = pLimit(MAX_HASHES);
const perAddress = new Map<string, { one: LimitFunction; queued: number }>();

/** Runs `work` within the bounds; refuses (429, or 503 when everyone's queue is full) rather than queue without limit. */
async function bounded<T>(address: string | undefined, work: () => Promise<T>): Promise<T> {
  if (pool.pendingCount >= MAX_WAITING) throw new AppError("Sign-in is busy. Try again in a few seconds.", 503);
  if (address === undefined) return pool(work);
  const at = addressBucket(address);
  let own = perAddress.get(at);
  if (!own) perAddress.set(at, (own = { one: pLimit(1), queued: 0 }));
  if (own.queued > MAX_WAITING_PER_ADDRESS) throw new AppError("Too many sign-ins at once from your address. Try again in a few seconds.", 429);
  own.queued++;
  try {
    return await own.one(() => pool(work));
  } finally {
    if (--own.queued === 0) perAddress.delete(at);
  }
}

/** A bcrypt hash ($2b$, cost 12) of `password`. `address`: the client's, when a request asks for it. */
export function hashPassword(password: string, address?: string): Promise<string> {
  return bounded(address, () => hash(password, COST));
}

/** Whether `password` matches the bcrypt `hash` ($2a$, $2b$ or $2y$). Errors: AppError 429/503 when over the bounds. */
export function verifyPassword(password: string, hashed: string, address?: string): Promise<boolean> {
  return bounded(address, () => compare(password, hashed));
}
