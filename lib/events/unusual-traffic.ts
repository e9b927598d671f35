// "Unusual traffic" (#26). A public key is public: anyone can send events with it, and a typed
// Origin passes the allowed-origins list (docs/reliability.md, "Public keys"). What a forger cannot
// easily hide is the shape of the traffic: real apologies come from many visitors' addresses, a
// forger's from few. So events are counted per environment, per minute and per sender address (an
// IPv6 /64 as one, as the rate limits count them); when, over a minute and the one before it, at
// most TOP_SENDERS addresses sent at least SHARE of at least MIN_EVENTS events, the environment is
// noted, and the dashboard says so for a day. Counted in memory per instance (each instance judges the traffic it took) and
// written with the refused-origin counts every 2 s.
import { db } from "@/lib/db";
import { addressBucket } from "@/lib/server/client-address";

/** The thresholds; a busy office behind one NAT sending half of a small site's events is flagged too, which the notice says. */
export const UNUSUAL = {
  /** fewer events (over a minute and the one before) are not judged: a quiet site's few visitors are always "most" */
  minEvents: 500,
  topSenders: 3,
  share: 0.5,
  /** distinct addresses counted per environment and minute; past it, events still count in the total */
  maxTracked: 5000,
} as const;

/** What an unusual minute looked like. `share`: 0..1 of `events` the top `addresses` sent. */
export interface UnusualTraffic {
  minute: string;
  events: number;
  addresses: number;
  share: number;
}

interface Window {
  minute: number;
  total: number;
  bySender: Map<string, number>;
}
/** This minute's counts and the minute before's: judged together, so a flood is seen whichever side of a minute's edge it falls. */
interface Pair {
  cur: Window;
  prev?: Window;
}

const WINDOWS = Symbol.for("meaculpa.trafficWindows");
const FOUND = Symbol.for("meaculpa.unusualTraffic");
const g = globalThis as Record<symbol, unknown>;
const windows = () => (g[WINDOWS] ??= new Map<string, Pair>()) as Map<string, Pair>;
const found = () => (g[FOUND] ??= new Map<string, UnusualTraffic>()) as Map<string, UnusualTraffic>;

/**
 * Judges a span's senders: unusual when it had at least MIN_EVENTS events and its top TOP_SENDERS
 * addresses sent at least SHARE of them. `minuteStart`: the span's last minute. Pure.
 */
export function judgeMinute(minuteStart: number, total: number, bySender: Iterable<number>): UnusualTraffic | null {
  if (total < UNUSUAL.minEvents) return null;
  const top = [...bySender].sort((a, b) => b - a).slice(0, UNUSUAL.topSenders);
  const share = top.reduce((s, n) => s + n, 0) / total;
  return share >= UNUSUAL.share ? { minute: new Date(minuteStart).toISOString(), events: total, addresses: top.length, share: Math.round(share * 1000) / 1000 } : null;
}

function judge(environmentId: string, { cur, prev }: Pair): void {
  const bySender = new Map(cur.bySender);
  if (prev) for (const [a, n] of prev.bySender) bySender.set(a, (bySender.get(a) ?? 0) + n);
  const u = judgeMinute(cur.minute * 60_000, cur.total + (prev?.total ?? 0), bySender.values());
  if (u) found().set(environmentId, u);
}

/** Counts `n` accepted events from `address` for the environment, at `now` (ms). */
export function noteSenders(environmentId: string, address: string, n: number, now = Date.now()): void {
  const minute = Math.floor(now / 60_000);
  let p = windows().get(environmentId);
  if (!p || p.cur.minute !== minute) {
    if (p) judge(environmentId, p);
    p = { cur: { minute, total: 0, bySender: new Map() }, prev: p && p.cur.minute === minute - 1 ? p.cur : undefined };
    windows().set(environmentId, p);
  }
  const w = p.cur;
  w.total += n;
  const at = addressBucket(address);
  const c = w.bySender.get(at);
  if (c !== undefined || w.bySender.size < UNUSUAL.maxTracked) w.bySender.set(at, (c ?? 0) + n);
}

/**
 * Judges every minute counted so far (the current one too: a flood is said while it happens, not
 * a minute later), forgets the ones that are over, and writes each unusual one to its
 * environment's row (the latest replaces an earlier one). Returns how many were written.
 */
export async function flushUnusualTraffic(sql: { query(text: string, params?: unknown[]): Promise<unknown> }, now = Date.now()): Promise<number> {
  const minute = Math.floor(now / 60_000);
  for (const [id, p] of windows()) {
    judge(id, p);
    if (p.cur.minute < minute - 1) windows().delete(id); // both minutes are over
  }
  const pending = [...found()];
  found().clear();
  for (const [id, u] of pending) {
    await sql.query(`UPDATE "Environment" SET "unusualTrafficAt" = $2, "unusualTraffic" = $3::jsonb WHERE "id" = $1`, [id, new Date(u.minute), JSON.stringify(u)]);
  }
  return pending.length;
}

/** The workspace's environments with an unusual minute in the day before `now`, by name. */
export async function recentUnusualTraffic(workspaceId: string, now = Date.now()): Promise<{ name: string; traffic: UnusualTraffic }[]> {
  const envs = await db().environment.findMany({
    where: { workspaceId, unusualTrafficAt: { gt: new Date(now - 24 * 60 * 60 * 1000) } },
    select: { name: true, unusualTraffic: true },
    orderBy: { name: "asc" },
  });
  return envs.map((e) => ({ name: e.name, traffic: e.unusualTraffic as unknown as UnusualTraffic }));
}
