// "Unusual traffic" (#26). A public key is public: anyone can send events with it, and a typed
// Origin passes the allowed-origins list (docs/reliability.md, "Public keys"). What a forger cannot
// easily hide is the shape of the traffic: real apologies come from many visitors' addresses, a
// forger's from few. So events are counted per environment, per minute and per sender address (an
// IPv6 /64 as one, as the rate limits count them); a minute in which at most TOP_SENDERS addresses
// sent at least SHARE of at least MIN_EVENTS events is noted on the environment, and the dashboard
// says so for a day. Counted in memory per instance (each instance judges the traffic it took) and
// written with the refused-origin counts every 2 s.
import { db } from "@/lib/db";
import { addressBucket } from "@/lib/server/client-address";

/** The thresholds; a busy office behind one NAT sending half of a small site's events is flagged too, which the notice says. */
export const UNUSUAL = {
  /** fewer events in a minute are not judged: a quiet site's few visitors are always "most" */
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

const WINDOWS = Symbol.for("meaculpa.trafficWindows");
const FOUND = Symbol.for("meaculpa.unusualTraffic");
const g = globalThis as Record<symbol, unknown>;
const windows = () => (g[WINDOWS] ??= new Map<string, Window>()) as Map<string, Window>;
const found = () => (g[FOUND] ??= new Map<string, UnusualTraffic>()) as Map<string, UnusualTraffic>;

/**
 * Judges one minute's senders: unusual when it had at least MIN_EVENTS events and its top
 * TOP_SENDERS addresses sent at least SHARE of them. Pure.
 */
export function judgeMinute(minuteStart: number, total: number, bySender: Iterable<number>): UnusualTraffic | null {
  if (total < UNUSUAL.minEvents) return null;
  const top = [...bySender].sort((a, b) => b - a).slice(0, UNUSUAL.topSenders);
  const share = top.reduce((s, n) => s + n, 0) / total;
  return share >= UNUSUAL.share ? { minute: new Date(minuteStart).toISOString(), events: total, addresses: top.length, share: Math.round(share * 1000) / 1000 } : null;
}

function close(environmentId: string, w: Window): void {
  const u = judgeMinute(w.minute * 60_000, w.total, w.bySender.values());
  if (u) found().set(environmentId, u);
}

/** Counts `n` accepted events from `address` for the environment, at `now` (ms). */
export function noteSenders(environmentId: string, address: string, n: number, now = Date.now()): void {
  const minute = Math.floor(now / 60_000);
  let w = windows().get(environmentId);
  if (!w || w.minute !== minute) {
    if (w) close(environmentId, w);
    w = { minute, total: 0, bySender: new Map() };
    windows().set(environmentId, w);
  }
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
  for (const [id, w] of windows()) {
    close(id, w);
    if (w.minute < minute) windows().delete(id);
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
