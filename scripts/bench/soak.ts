// Load (#8): measure the maximum ingestion and rules rates for a few seconds, then run both at 80 %
// of those rates at the same time for SOAK_SECONDS (default 120): every 5xx is counted, p99 and
// the process's RSS before and after are reported. Ingestion goes through the real fast path and
// batch writer into a file-backed PGlite (or DATABASE_URL).
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { BatchWriter } from "@/lib/events/batch-writer";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { createFastPath } from "@/lib/server/fast-path";
import { benchDb } from "./bench-db";
import { typicalRules } from "./typical-rules";

const KEY = "pk_benchsoak0000001";
const SOAK = Number(process.env.SOAK_SECONDS ?? 120);
const body = () =>
  JSON.stringify({
    events: Array.from({ length: 20 }, (_, i) => ({ id: randomUUID(), type: i % 5 ? "shown" : "session", ts: Date.now(), campaignId: "c1", triggerType: "http_error" })),
  });

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
  const events = (extra: Partial<autocannon.Options>) =>
    autocannon({
      url: `http://127.0.0.1:${port}/api/v1/events/${KEY}`,
      method: "POST",
      connections: 50,
      headers: { "Content-Type": "text/plain" },
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
      ...extra,
    });
  const rules = (extra: Partial<autocannon.Options>) =>
    autocannon({ url: `http://127.0.0.1:${port}/api/v1/rules/${KEY}`, connections: 50, headers: { "Accept-Encoding": "gzip" }, ...extra });
  try {
    // maxima, each alone
    const maxEvents = (await events({ duration: 5 })).requests.average;
    const maxRules = (await rules({ duration: 5 })).requests.average;
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const [e, r] = await Promise.all([
      events({ duration: SOAK, overallRate: Math.round(maxEvents * 0.8) }),
      rules({ duration: SOAK, overallRate: Math.round(maxRules * 0.8) }),
    ]);
    const rssAfter = process.memoryUsage().rss;
    const [{ n }] = await db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Event" WHERE "environmentId" = 'envs'`);
    const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
    return [
      `soak (${db.kind}, ${SOAK} s, ingestion and rules at once, each at 80 % of its maximum alone):`,
      `  ingestion: target ${Math.round(maxEvents * 0.8 * 20)} events/s, got ${Math.round(e.requests.average * 20)} events/s, p99 ${e.latency.p99} ms, 5xx ${e["5xx"]}, errors ${e.errors}, timeouts ${e.timeouts}; ${Number(n).toLocaleString("en")} events stored`,
      `  rules: target ${Math.round(maxRules * 0.8)} req/s, got ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, 5xx ${r["5xx"]}, errors ${r.errors}`,
      `  process RSS ${mb(rssBefore)} before, ${mb(rssAfter)} after (server, PGlite and both load generators share it)`,
    ];
  } finally {
    server.close();
    await db.close();
  }
}
