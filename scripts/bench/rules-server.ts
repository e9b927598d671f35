// The rules benchmark's servers, each in a process of its own (scripts/bench/rules.ts forks this
// with MODE=ours or MODE=plain; the load generator runs in the parent, so neither server shares its
// thread with it). ours: the real request path (lib/server/request-handler.ts: address, guard, fast
// path). plain: node:http sending the same bytes and headers with no routing or checks at all.
import { createServer } from "node:http";
import { BatchWriter } from "@/lib/events/batch-writer";
import type { RawSql } from "@/lib/db";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { createFastPath } from "@/lib/server/fast-path";
import { handleRequest } from "@/lib/server/request-handler";
import { typicalRules } from "./typical-rules";

export const RULES_BENCH_KEY = "pk_benchbenchbench01";
const snap = buildSnapshot("env-bench", 1, typicalRules(20));
putSnapshot(RULES_BENCH_KEY, snap);

let server;
if (process.env.MODE === "plain") {
  server = createServer((req, res) => {
    // the same headers ours sends, written the idiomatic way (an object per response)
    const h = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": "ETag, Retry-After",
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=30, s-maxage=30, stale-while-revalidate=300, stale-if-error=86400",
      ETag: snap.etag,
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    };
    if (req.headers["if-none-match"] === snap.etag) return res.writeHead(304, h).end();
    res.writeHead(200, { ...h, "Content-Encoding": "gzip", "Content-Length": snap.gzip.length });
    res.end(snap.gzip);
  });
} else {
  // the events writer is not exercised here; a stand-in that refuses keeps the bench honest
  const noSql: RawSql = { query: () => Promise.reject(new Error("no db")), transaction: () => Promise.reject(new Error("no db")) };
  const fast = createFastPath({ writer: new BatchWriter({ sql: noSql }) });
  server = createServer((req, res) => handleRequest(req, res, fast, (_q, s) => s.writeHead(404).end()));
}
server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as { port: number }).port, etag: snap.etag, sizes: [snap.body.length, snap.gzip.length, snap.br.length] }));
process.on("message", (m) => m === "stop" && server.close(() => process.exit(0)));
