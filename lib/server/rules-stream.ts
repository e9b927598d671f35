// GET /api/v1/rules/{publicKey}/stream — Server-Sent Events announcing each new revision, so a
// kill switch reaches open pages within a second or two. Connections are bounded per key and in
// total, and every one is cleaned up when either side goes away.
import type { IncomingMessage, ServerResponse } from "node:http";
import { getSnapshot, subscribeSnapshot, type Snapshot } from "@/lib/rules/snapshot";
import { sendError, sendUnknownKey } from "./http";

export interface StreamLimits {
  perKey: number;
  total: number;
  heartbeatMs: number;
}

const DEFAULTS: StreamLimits = { perKey: 2000, total: 20_000, heartbeatMs: 25_000 };

export function createRulesStream(limits: Partial<StreamLimits> = {}) {
  const lim = { ...DEFAULTS, ...limits };
  const perKey = new Map<string, number>();
  let total = 0;

  const event = (snap: Snapshot) => `event: revision\ndata: ${JSON.stringify({ revision: snap.revision, etag: snap.etag })}\n\n`;

  function handle(req: IncomingMessage, res: ServerResponse, key: string, cors: Record<string, string>) {
    const snap = getSnapshot(key);
    if (!snap) return sendUnknownKey(res, key, cors);
    const mine = perKey.get(key) ?? 0;
    if (mine >= lim.perKey || total >= lim.total) {
      return sendError(res, 503, "Too many open rule streams: poll the rules instead", { headers: { ...cors, "Retry-After": 30 } });
    }
    perKey.set(key, mine + 1);
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
      const n = (perKey.get(key) ?? 1) - 1;
      if (n > 0) perKey.set(key, n);
      else perKey.delete(key);
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
