// Requests refused before they reach Next, because Next (or next-auth) would answer them with a
// 500 and a stack trace (found by e2e/header-fuzz.spec.ts): a Host header that is not a host, and
// a server-action post from another origin. Both are the client's fault: 400 and 403.
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendError } from "./http";

// Every request's Host is checked, and a site sends the same few: each value is parsed once (a URL
// per request was the guard's whole cost in the rules profile, #28). Bounded against junk hosts.
const hosts = new Map<string, string | undefined>();

/** host[:port] as a browser sends it, or undefined when it is not one (port 1–65535). */
function parseHost(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (hosts.has(value)) return hosts.get(value);
  const host = parseHostOnce(value);
  if (hosts.size >= 1024) hosts.clear();
  hosts.set(value, host);
  return host;
}

function parseHostOnce(value: string): string | undefined {
  if (/[\s/\\@?#]/.test(value)) return undefined;
  try {
    const u = new URL(`http://${value}`);
    if (u.port === "0") return undefined;
    return u.host;
  } catch {
    return undefined;
  }
}

/** A place to return to after signing in or out: a path on this site, or a URL on its host. */
function ownPlace(value: string, host: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.host === host;
  } catch {
    return false;
  }
}

/** Answers and returns true when the request must not reach Next. */
export function refuseMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  const host = parseHost(req.headers.host);
  if (!host) return (sendError(res, 400, "Malformed Host header"), true);
  const url = req.url ?? "/";
  if (url.startsWith("/api/auth/")) {
    // next-auth answers a callbackUrl it cannot use (javascript:, junk) with a 500
    const q = url.indexOf("?");
    const callback = q >= 0 ? new URLSearchParams(url.slice(q + 1)).get("callbackUrl") : null;
    if (callback !== null && !ownPlace(callback, host)) return (sendError(res, 400, "callbackUrl must be a page of this site", { field: "callbackUrl" }), true);
    // and reads the same from a cookie: one that is not ours to follow is dropped, not obeyed
    const cookie = req.headers.cookie;
    if (cookie && /callback-url=/.test(cookie)) {
      req.headers.cookie = cookie
        .split(";")
        .filter((c) => {
          const [name, ...v] = c.trim().split("=");
          if (!name.endsWith("next-auth.callback-url")) return true;
          try {
            return ownPlace(decodeURIComponent(v.join("=")), host);
          } catch {
            return false;
          }
        })
        .join(";");
    }
  }
  // A server action is a POST carrying Next-Action, or a form posted to a page (a form-encoded or
  // multipart action with its id in the body, the no-JavaScript path): only our own pages make
  // them. Next refuses a foreign Origin too, but as a 500; unparsable ones ("null", junk) are foreign.
  const action = req.headers["next-action"] !== undefined || (req.method === "POST" && !url.startsWith("/api/"));
  if (action && req.headers.origin !== undefined) {
    let origin: string | undefined;
    try {
      origin = new URL(req.headers.origin).host;
    } catch {
      origin = undefined;
    }
    if (origin !== host) return (sendError(res, 403, "Cross-origin request refused"), true);
  }
  return false;
}
