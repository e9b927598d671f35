// The ingestion benchmark's two sides, each in a process of its own with a fresh file-backed
// database (scripts/bench/ingest.ts forks this; the load generator runs in the parent, so neither
// side shares its thread with it).
//   MODE=raw:  the baseline: the writer's own insert statement, 500 rows per statement, in a loop
//              for BENCH_SECONDS, no HTTP, no validation, no rollups; reports rows/s.
//   MODE=ours: the real request path (lib/server/request-handler.ts, fast path, validation, rate
//              limits, batch writer, rollups, 202 only after commit) on a port; the parent loads it.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { BatchWriter } from "@/lib/events/batch-writer";
import { eventColumns, insertEventsSql } from "@/lib/events/event-store";
import type { SdkEvent } from "@/lib/events/schemas";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { createFastPath } from "@/lib/server/fast-path";
import { handleRequest } from "@/lib/server/request-handler";
import { benchDb } from "./bench-db";
import { typicalRules } from "./typical-rules";

export const INGEST_BENCH_KEY = "pk_benchingest000001";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const RAW_ROWS = 500;

const dir = mkdtempSync(path.join(tmpdir(), `mc-bench-${process.env.MODE}-`));
const db = await benchDb(dir);
const close = async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
};
await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wb','B','bench', now()) ON CONFLICT DO NOTHING`);
await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('envb','wb','production',$1) ON CONFLICT DO NOTHING`, [INGEST_BENCH_KEY]);
const rules = typicalRules(4);

if (process.env.MODE === "raw") {
  const TYPES = ["detected", "shown", "shown", "dismissed", "session"] as const;
  let rows = 0;
  const started = Date.now();
  const until = started + DURATION * 1000;
  while (Date.now() < until) {
    const now = Date.now();
    const events = Array.from({ length: RAW_ROWS }, (_, i): SdkEvent => {
      const type = TYPES[i % TYPES.length];
      const campaignId = type === "session" ? undefined : rules.campaigns[i % rules.campaigns.length].id;
      return { id: randomUUID(), type, ts: now, campaignId, triggerType: campaignId ? "http_error" : undefined, url: campaignId ? "https://shop.test/api/search" : undefined, sessionId: randomUUID() };
    });
    await db.sql.query(insertEventsSql, eventColumns(events.map(() => "envraw"), events.sort((a, b) => (a.id < b.id ? -1 : 1))));
    rows += RAW_ROWS;
  }
  process.send?.({ rate: rows / ((Date.now() - started) / 1000) });
  await close();
  process.exit(0);
} else {
  putSnapshot(INGEST_BENCH_KEY, buildSnapshot("envb", 1, rules));
  // as server.ts configures it: a quarter of the pool on PostgreSQL, one transaction on PGlite
  const writer = new BatchWriter({ sql: db.sql, concurrency: db.kind === "postgres" ? 2 : 1 });
  // rate limits stay on the path (their cost is measured) but high enough not to refuse the load
  const fast = createFastPath({ writer, eventRates: { perKey: 1e9, perIp: 1e9 } });
  const server = createServer((req, res) => handleRequest(req, res, fast, (_q, s) => s.writeHead(404).end()));
  server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as { port: number }).port, campaigns: rules.campaigns.map((c) => c.id) }));
  // the scale benchmark's memory figure: resident set size, sampled four times a second
  if (process.env.REPORT_RSS) setInterval(() => process.send?.({ rss: process.memoryUsage().rss }), 250).unref();
  process.on("message", async (m) => {
    if (m !== "stop") return;
    server.close();
    await writer.flush();
    const [n] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE "environmentId" = 'envb'`);
    const [r] = await db.sql.query<{ n: number }>(`SELECT coalesce(sum("count"), 0)::int AS n FROM "Rollup" WHERE "granularity" = 'day' AND "environmentId" = 'envb'`);
    process.send?.({ stored: n.n, rolledUp: r.n, writer: writer.totals });
    await close();
    process.exit(0);
  });
}
