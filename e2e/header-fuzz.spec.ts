// Malformed headers and parameters get 4xx, never 500 (issue #19, problem 6): a property over
// every kind of route (pages, server-action posts, the management API, auth, the public
// endpoints) with hostile Origin, Referer, Host, Authorization, Cookie and callbackUrl values,
// sent raw with node:http so nothing normalizes them first.
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";

const RUNS = Number(process.env.HEADER_RUNS ?? 600);
const PORT = Number(process.env.E2E_PORT ?? 3100);

const junk = fc.oneof(
  fc.constantFrom("null", "", " ", "http://", "https://[::1", "//evil.test", "javascript:alert(1)", "\u00ff\u00fe", "a".repeat(4000), "%", "%E0%A4%A", "http://localhost:99999", "file:///etc/passwd"),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n\0]/g, "")),
);
const header = (name: string, values: fc.Arbitrary<string>) => fc.option(values.map((v) => [name, v] as const), { nil: undefined });
const headers = fc.tuple(
  header("Origin", junk),
  header("Referer", junk),
  header("Host", fc.oneof(junk, fc.constantFrom(`localhost:${PORT}`, "evil.test", "localhost:0"))),
  header("Authorization", fc.oneof(junk, fc.constantFrom("Bearer ", "Bearer sk_", "Bearer pk_x", "Basic Zm9vOmJhcg==", "Bearer " + "sk_".padEnd(200, "x")))),
  header("Cookie", fc.oneof(junk, fc.constantFrom("next-auth.session-token=garbage", "next-auth.session-token=e30.e30.e30", "next-auth.csrf-token=%zz", "a=b; =c; d"))),
);
const route = fc.constantFrom(
  ["GET", "/dashboard"],
  ["GET", "/campaigns"],
  ["POST", "/campaigns"], // a server action's form post
  ["GET", "/api/v1/campaigns"],
  ["POST", "/api/v1/campaigns"],
  ["GET", "/api/v1/stats?env=production"],
  ["GET", "/api/auth/session"],
  ["GET", "/api/auth/csrf"],
  ["GET", "/api/auth/signin"],
  ["POST", "/api/auth/callback/credentials"],
  ["GET", "/api/v1/rules/pk_unknownkey0001"],
  ["POST", "/api/v1/events/pk_unknownkey0001"],
  ["GET", "/login"],
);
const callback = fc.option(junk, { nil: undefined });

function send(method: string, path: string, hs: (readonly [string, string] | undefined)[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const h: Record<string, string> = {};
    for (const x of hs) if (x) h[x[0]] = x[1];
    if (method === "POST") h["Content-Type"] ??= path.startsWith("/api/auth") ? "application/x-www-form-urlencoded" : "text/plain;charset=UTF-8";
    if (path === "/campaigns" && method === "POST") h["Next-Action"] = "0".repeat(42);
    const req = httpRequest({ host: "127.0.0.1", port: PORT, method, path, headers: h, setHost: !h.Host }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(method === "POST" ? (path.startsWith("/api/auth") ? "email=a%40b.c&password=x&csrfToken=nope" : "{}") : undefined);
  });
}

test(`${RUNS} requests with hostile headers and callback URLs: never a 5xx`, async () => {
  test.setTimeout(300_000);
  const fives: string[] = [];
  await fc.assert(
    fc.asyncProperty(route, headers, callback, async ([method, base], hs, cb) => {
      const path = cb !== undefined && base.startsWith("/api/auth/signin") ? `${base}?callbackUrl=${encodeURIComponent(cb)}` : cb !== undefined && base === "/login" ? `${base}?callbackUrl=${encodeURIComponent(cb)}` : base;
      let status: number;
      try {
        status = await send(method, path, hs);
      } catch (e) {
        // a header node itself refuses to send is not the server's answer
        if ((e as { code?: string }).code === "ERR_INVALID_CHAR" || (e as Error).message.includes("Invalid character")) return;
        throw e;
      }
      if (status >= 500) fives.push(`${method} ${path} ${JSON.stringify(hs.filter(Boolean)).slice(0, 300)} → ${status}`);
    }),
    { numRuns: RUNS },
  );
  expect(fives).toEqual([]);
});

test("the callback URLs named in issue #19 are answered without an error", async () => {
  for (const cb of ["javascript:alert(1)", "javascript:…", "//evil.test/x", "https://evil.test/", "%"]) {
    const status = await send("GET", `/api/auth/signin?callbackUrl=${encodeURIComponent(cb)}`, []);
    expect(status, cb).toBeLessThan(500);
  }
});
