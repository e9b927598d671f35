// Load (#8): ingestion and rules together, at 80 % of the most the server does with both at once,
// for SOAK_SECONDS (default 120). Every 5xx is counted; p99 and the server's RSS before and after are
// reported. The load generators run in child processes, so the event loop and the memory measured
// are the server's own. Ingestion goes through the real fast path and batch writer into a
// file-backed PGlite (or DATABASE_URL). Each path's maximum alone is printed for comparison.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { BatchWriter } from "@/lib/events/batch-writer";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { createFastPath } from "@/lib/server/fast-path";
import { benchDb } from "./bench-db";
import { typicalRules } from "./typical-rules";

const KEY = "pk_benchsoak0000001";
const SOAK = Number(process.env.SOAK_SECONDS ?? 120);
const MEASURE = 8;

interface Load {
  rps: number;
  p99: number;
  s5xx: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const run = promisify(execFile);
async function load(kind: "events" | "rules", url: string, duration: number, rate?: number): Promise<Load> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "load-client.ts"), JSON.stringify({ kind, url, duration, rate })], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Load;
}

export async function benchSoak(): Promise<string[]> {
  const db = await benchDb(mkdtempSync(path.join(tmpdir(), "mc-bench-soak-")));
  await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('ws','S','soak', now()) ON CONFLICT DO NOTHING`);
  await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('envs','ws','production',$1) ON CONFLICT DO NOTHING`, [KEY]);
  putSnapshot(KEY, buildSnapshot("envs", 1, typicalRules(20)));
  const writer = new BatchWriter({ sql: db.sql });
  const fast = createFastPath({ writer, eventRates: { perKey: 1e9, perIp: 1e9 } });
  const server = createServer((req, res) => {
    if (!fast(req, res)) res.writeHead(404).end();
  });
  const port = await new Promise<number>((r) => server.listen(0, "127.0.0.1", () => r((server.address() as { port: number }).port)));
  const eventsUrl = `http://127.0.0.1:${port}/api/v1/events/${KEY}`;
  const rulesUrl = `http://127.0.0.1:${port}/api/v1/rules/${KEY}`;
  const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
  const ev = (rps: number) => Math.round(rps * 20); // 20 events per request
  try {
    const aloneEvents = await load("events", eventsUrl, MEASURE);
    const aloneRules = await load("rules", rulesUrl, MEASURE);
    // the maximum of the mix: both flat out at once
    const [mixEvents, mixRules] = await Promise.all([load("events", eventsUrl, MEASURE), load("rules", rulesUrl, MEASURE)]);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 1000);
    const [e, r] = await Promise.all([load("events", eventsUrl, SOAK, mixEvents.rps * 0.8), load("rules", rulesUrl, SOAK, mixRules.rps * 0.8)]);
    clearInterval(sampler);
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;
    const [{ n }] = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Event" WHERE "environmentId" = 'envs'`);
    return [
      `soak (${db.kind}, ${SOAK} s; load generators in their own processes):`,
      `  maxima alone: ingestion ${ev(aloneEvents.rps)} events/s, rules ${Math.round(aloneRules.rps)} req/s; both at once: ${ev(mixEvents.rps)} events/s + ${Math.round(mixRules.rps)} req/s`,
      `  ingestion at 80 % of the mix: target ${ev(mixEvents.rps * 0.8)} events/s, got ${ev(e.rps)} (ratio ${(e.rps / (mixEvents.rps * 0.8)).toFixed(2)}), p99 ${e.p99} ms, 5xx ${e.s5xx}, non-2xx ${e.non2xx}, errors ${e.errors}, timeouts ${e.timeouts}; ${Number(n).toLocaleString("en")} events stored in all`,
      `  rules at 80 % of the mix: target ${Math.round(mixRules.rps * 0.8)} req/s, got ${Math.round(r.rps)} (ratio ${(r.rps / (mixRules.rps * 0.8)).toFixed(2)}), p99 ${r.p99} ms, 5xx ${r.s5xx}, non-2xx ${r.non2xx}, errors ${r.errors}`,
      `  server RSS ${mb(rssBefore)} before, peak ${mb(rssPeak)}, ${mb(rssAfter)} after`,
    ];
  } finally {
    server.close();
    await db.close();
  }
}
