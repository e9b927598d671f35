// Rules endpoint throughput against a plain node:http server sending the same bytes and headers,
// both measured in this run on this machine (the ratio is what matters; absolute numbers vary).
import { createServer, type Server } from "node:http";
import autocannon from "autocannon";
import { BatchWriter } from "@/lib/events/batch-writer";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import type { RawSql } from "@/lib/db";
import { createFastPath } from "@/lib/server/fast-path";
import { typicalRules } from "./typical-rules";

const KEY = "pk_benchbenchbench01";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

function listen(server: Server): Promise<number> {
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r((server.address() as { port: number }).port)));
}

async function run(port: number, headers: Record<string, string>) {
  const r = await autocannon({ url: `http://127.0.0.1:${port}/api/v1/rules/${KEY}`, connections: 50, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx };
}

export async function benchRules() {
  const snap = buildSnapshot("env-bench", 1, typicalRules(20));
  putSnapshot(KEY, snap);
  // the events writer is not exercised here; a stand-in that refuses keeps the bench honest
  const noSql: RawSql = { query: () => Promise.reject(new Error("no db")), transaction: () => Promise.reject(new Error("no db")) };
  const fast = createFastPath({ writer: new BatchWriter({ sql: noSql }) });
  const ours = createServer((req, res) => {
    if (!fast(req, res)) res.writeHead(404).end();
  });
  // The baseline: the same pre-compressed bytes and headers, with no routing or checks at all.
  const plain = createServer((req, res) => {
    const h = {
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=30, s-maxage=30, stale-while-revalidate=300, stale-if-error=86400",
      ETag: snap.etag,
      Vary: "Accept-Encoding",
    };
    if (req.headers["if-none-match"] === snap.etag) return res.writeHead(304, h).end();
    res.writeHead(200, { ...h, "Content-Encoding": "gzip", "Content-Length": snap.gzip.length });
    res.end(snap.gzip);
  });
  const [pOurs, pPlain] = await Promise.all([listen(ours), listen(plain)]);
  const rows: string[] = [];
  for (const [label, headers] of [
    ["200 gzip", { "Accept-Encoding": "gzip" }],
    ["304", { "Accept-Encoding": "gzip", "If-None-Match": snap.etag }],
  ] as const) {
    const base = await run(pPlain, headers);
    const mine = await run(pOurs, headers);
    rows.push(
      `rules ${label.padEnd(8)} ours ${Math.round(mine.rps)} req/s p99 ${mine.p99} ms | plain node:http ${Math.round(base.rps)} req/s p99 ${base.p99} ms | ratio ${(mine.rps / base.rps).toFixed(2)} (budget ≥ 0.60)${mine.non2xx && label !== "304" ? ` | ${mine.non2xx} non-2xx!` : ""}`,
    );
  }
  ours.close();
  plain.close();
  rows.push(`rules size: 20 typical campaigns = ${snap.body.length} B JSON, ${snap.gzip.length} B gzip, ${snap.br.length} B br (budget ≤ 2048 B gzip)`);
  return rows;
}
