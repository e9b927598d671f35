// GET /api/v1/rules/{publicKey}/stream — Server-Sent Events announcing each new revision, so a
// kill switch reaches open pages within a second or two. Connections are bounded per client
// address (an IPv6 /64 counts as one), per key and in total, so one address cannot hold a key's
// slots and leave real pages polling (#26); the key's allowed-origins list applies as on the rules.
// Every connection is cleaned up when either side goes away.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getSnapshot, subscribeSnapshot, type Snapshot } from "@/lib/rules/snapshot";
import { originAllowed } from "@/lib/settings/allowed-origins";
import { addressBucket } from "./client-address";
import { sendError, sendUnknownKey } from "./http";

export interface StreamLimits {
  /** open streams one address (IPv4, or IPv6 /64) may hold, all keys together */
  perAddress: number;
  perKey: number;
  total: number;
  heartbeatMs: number;
}

// The SDK opens one stream per browser and key (one tab leads, the others listen to it), so 50
// per address is 50 browsers behind one NAT; past any cap pages keep working by polling the rules.
const DEFAULTS: StreamLimits = { perAddress: 50, perKey: 2000, total: 20_000, heartbeatMs: 25_000 };

export function createRulesStream(limits: Partial<StreamLimits> = {}) {
  const lim = { ...DEFAULTS, ...limits };
  const perKey = new Map<string, number>();
  const perAddress = new Map<string, number>();
  let total = 0;
  const less = (m: Map<string, number>, k: string) => {
    const n = (m.get(k) ?? 1) - 1;
    if (n > 0) m.set(k, n);
    else m.delete(k);
  };

  const event = (snap: Snapshot) => `event: revision\ndata: ${JSON.stringify({ revision: snap.revision, etag: snap.etag })}\n\n`;

  /** `address`: the client's (server.ts's resolver); `onRefusedOrigin` counts a refusal as the rules do. */
  function handle(req: IncomingMessage, res: ServerResponse, key: string, cors: Record<string, string>, address: string, onRefusedOrigin?: (environmentId: string, origin: string) => void) {
    const snap = getSnapshot(key);
    if (!snap) return sendUnknownKey(res, key, cors);
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
    if (!originAllowed(snap.environmentId, origin)) {
      onRefusedOrigin?.(snap.environmentId, origin ?? "(no Origin header)");
      return sendError(res, 403, `Streams from ${origin ?? "a request without an Origin"} are not allowed for this key: list the site's origin in Settings, Allowed origins`, { code: "origin_not_allowed", headers: cors });
    }
    const at = addressBucket(address);
    if ((perAddress.get(at) ?? 0) >= lim.perAddress) {
      return sendError(res, 429, `Too many open rule streams from your address (at most ${lim.perAddress}): poll the rules instead`, { headers: { ...cors, "Retry-After": 60 } });
    }
    if ((perKey.get(key) ?? 0) >= lim.perKey || total >= lim.total) {
      return sendError(res, 503, "Too many open rule streams: poll the rules instead", { headers: { ...cors, "Retry-After": 30 } });
    }
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
    perAddress.set(at, (perAddress.get(at) ?? 0) + 1);
    total++;
    res.writeHead(200, {
      ...cors,
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no", // proxies must not buffer the stream
    });
    res.write(`retry: 5000\n${event(snap)}`);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), lim.heartbeatMs);
    heartbeat.unref();
    let closed = false;
    const unsubscribe = subscribeSnapshot(key, (next) => {
      if (!next) {
        res.end("event: gone\ndata: {}\n\n");
        return cleanup();
      }
      res.write(event(next));
    });
    function cleanup() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      total--;
      less(perKey, key);
      less(perAddress, at);
    }
    req.on("close", cleanup);
    res.on("close", cleanup);
  }

  return {
    handle,
    get open() {
      return total;
    },
  };
}
