// Security headers for every page Next renders (the SDK-facing fast paths never reach Next):
// a Content-Security-Policy with a fresh nonce per request, so only the scripts Next and our
// pages emit can run, and an attacker's injected markup could not execute even if some value
// were ever rendered as HTML; no framing by other sites; no MIME sniffing.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a trusted (nonced) script are trusted too (Next's chunks)
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // inline style attributes (charts, the preview toast's shadow-root styles) are not a script vector
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // the demo store plays its locally made video through Media Source Extensions (a blob: URL)
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // Next reads the nonce from the request's policy and puts it on its own scripts
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // pages only: API routes answer JSON, static assets need no policy
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|sdk/).*)" }],
};
