// Batches events (20 or 2 s), sends them as text/plain (no CORS preflight) with keepalive, and by
// sendBeacon when the page is hidden. Unsent events survive reloads in a bounded localStorage queue.
// Each batch carries the browser's clock at send time (`sentAt`): the server corrects every event's
// `ts` by its offset, so a visitor whose clock is wrong is still counted, at the right time.
import type { EventType } from "../events/schemas";

import { encode } from "./encode";

export interface OutEvent {
  id: string;
  type: EventType;
  ts: number;
  campaignId?: string;
  triggerType?: string;
  reason?: string;
  url?: string;
  userId?: string;
  sessionId?: string;
}

/** which SDK sent the batch, "js/1.2.0" (v1.js) or "npm/1.2.0", set by the build (scripts/sdk-bundle.ts) */
declare const __MC_SDK__: string;

const MAX_QUEUE = 200;
const BATCH = 20;

export function createTransport(url: string, storeKey: string, send: typeof fetch, log: (...a: unknown[]) => void) {
  let queue: OutEvent[] = load();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 0;
  let inFlight = false;

  function load(): OutEvent[] {
    try {
      const v = JSON.parse(localStorage.getItem(storeKey) || "[]");
      return Array.isArray(v) ? v.slice(-MAX_QUEUE) : [];
    } catch {
      return [];
    }
  }
  function save() {
    try {
      if (queue.length) localStorage.setItem(storeKey, JSON.stringify(queue));
      else localStorage.removeItem(storeKey);
    } catch {
      /* storage full or blocked: events stay in memory */
    }
  }
  function schedule(ms: number) {
    if (!timer) timer = setTimeout(flush, ms);
  }
  function flush() {
    timer = undefined;
    if (inFlight || !queue.length) return;
    const batch = queue.slice(0, BATCH);
    inFlight = true;
    send(url, { method: "POST", body: body(batch), headers: { "Content-Type": "text/plain" }, keepalive: true, credentials: "omit" })
      .then((res) => {
        inFlight = false;
        if ([202, 400, 404, 413].includes(res.status)) {
          if (res.status !== 202) log("events dropped", res.status, batch);
          // delivered, or never deliverable: drop these so they do not block the queue
          const sent = new Set(batch.map((e) => e.id));
          queue = queue.filter((e) => !sent.has(e.id));
          backoff = 0;
          save();
          if (queue.length) schedule(0);
          return;
        }
        retry(Number(res.headers.get("Retry-After")) * 1000);
      })
      .catch(() => {
        inFlight = false;
        retry(0);
      });
  }
  function retry(after: number) {
    backoff = Math.min(backoff ? backoff * 2 : 1000, 60000);
    save();
    schedule(Math.max(after || 0, backoff * (0.5 + Math.random() / 2)));
  }
  function body(batch: OutEvent[]) {
    return encode({ events: batch, sentAt: Date.now(), sdk: __MC_SDK__ });
  }
  function push(e: OutEvent) {
    queue.push(e);
    if (queue.length > MAX_QUEUE) log("events dropped", queue.shift());
    save();
    if (queue.length >= BATCH) flush();
    else schedule(backoff || 2000);
  }
  function beacon() {
    if (!queue.length || !navigator.sendBeacon) return;
    const batch = queue.slice(0, BATCH);
    // Ids make a replay harmless: if the beacon and a later retry both arrive, the server dedupes.
    navigator.sendBeacon(url, new Blob([body(batch)], { type: "text/plain" }));
  }
  if (queue.length) schedule(1000);
  return { push, flush, beacon };
}
