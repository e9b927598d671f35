// Small helpers for the plain node:http fast path (no Next routing there).
import { codeForStatus, errorBody } from "@/lib/errors";
import { env } from "@/lib/env";
import { clientAddressResolver, type ClientAddress } from "./client-address";
import type { IncomingMessage, ServerResponse } from "node:http";

export class BodyTooLargeError extends Error {}

/** An error in the shape every endpoint uses; `extra` adds fields beside `error` (e.g. `rejected`). */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  opts: { code?: string; field?: string; headers?: Record<string, string | number>; extra?: Record<string, unknown> } = {},
): void {
  sendJson(res, status, { ...errorBody(opts.code ?? codeForStatus(status), message, opts.field), ...opts.extra }, opts.headers);
}

/** The one 404 every public endpoint gives for a key it does not know: names only what was asked. */
export function sendUnknownKey(res: ServerResponse, key: string, headers: Record<string, string>): void {
  sendError(res, 404, `Unknown public key "${key.slice(0, 80)}"`, { headers });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {},
): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(data),
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(data);
}

export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

let resolve: ClientAddress | undefined;

/** The client's address, through the proxies TRUST_PROXY names (the socket's address by default). */
export function clientIp(req: IncomingMessage): string {
  resolve ??= clientAddressResolver(env().TRUST_PROXY);
  return resolve(req);
}
