// What every request to the one port goes through, in order (server.ts; the rules and events
// benchmarks run the same function, so they measure the real path): the client's address stamped,
// malformed requests refused, the SDK-facing fast path, then Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientIp } from "./http";
import { refuseMalformed } from "./request-guard";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Answers `req`: `fastPath` returns true when it took the request; everything else goes to `next`. */
export function handleRequest(req: IncomingMessage, res: ServerResponse, fastPath: (req: IncomingMessage, res: ServerResponse) => boolean, next: Handler): void {
  // The address sign-in throttling keys on: the socket's, or the one a trusted proxy (TRUST_PROXY)
  // forwarded. Always overwritten here, so a client cannot choose it.
  req.headers["x-mc-client-ip"] = clientIp(req);
  try {
    if (refuseMalformed(req, res)) return;
    if (fastPath(req, res)) return;
  } catch (err) {
    console.error("[server] fast path failed:", err);
    if (!res.headersSent) res.writeHead(500).end();
    return;
  }
  next(req, res);
}
