// Ingestion: events/s through the real fast path (HTTP, validation, rate limits, batch writer,
// 202 only after commit) against the ceiling of the same database writes with no HTTP at all,
// both on a file-backed PGlite (or DATABASE_URL) measured in this run.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { BatchWriter } from "@/lib/events/batch-writer";
import type { SdkEvent } from "@/lib/events/schemas";
import { buildSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { createFastPath } from "@/lib/server/fast-path";
import { benchDb } from "./bench-db";
import { typicalRules } from "./typical-rules";

const KEY = "pk_benchingest000001";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const TYPES = ["detected", "shown", "shown", "dismissed", "session"] as const;

function batch(n: number): SdkEvent[] {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    return type === "session"
      ? { id: randomUUID(), type, ts: now, sessionId: randomUUID() }
      : { id: randomUUID(), type, ts: now, campaignId: `c${i % 4}`, triggerType: "http_error", url: "https://shop.test/api/search", sessionId: "s" };
  }) as SdkEvent[];
}

export async function benchIngest(): Promise<string[]> {
  const db = await benchDb(mkdtempSync(path.join(tmpdir(), "mc-bench-ingest-")));
  try {
    await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wb','B','bench', now()) ON CONFLICT DO NOTHING`);
    await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('envb','wb','production',$1) ON CONFLICT DO NOTHING`, [KEY]);
    putSnapshot(KEY, buildSnapshot("envb", 1, typicalRules(4)));

    // ceiling: 50 producers hand batches of 20 straight to the writer for the same duration
    const direct = new BatchWriter({ sql: db.sql });
    let directEvents = 0;
    const until = Date.now() + DURATION * 1000;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (Date.now() < until) {
          const r = await direct.write("envb", batch(20));
          directEvents += r.accepted;
        }
      }),
    );
    const ceiling = directEvents / DURATION;

    const writer = new BatchWriter({ sql: db.sql });
    const fast = createFastPath({ writer, eventRates: { perKey: 1e9, perIp: 1e9 } });
    const server = createServer((req, res) => {
      if (!fast(req, res)) res.writeHead(404).end();
    });
    const port = await new Promise<number>((r) => server.listen(0, "127.0.0.1", () => r((server.address() as { port: number }).port)));
    const statuses = new Map<number, number>();
    const r = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/events/${KEY}`,
      method: "POST",
      connections: 50,
      duration: DURATION,
      headers: { "Content-Type": "text/plain" },
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ events: batch(20) }) }),
          onResponse: (status: number) => void statuses.set(status, (statuses.get(status) ?? 0) + 1),
        },
      ],
    });
    server.close();
    const accepted = (statuses.get(202) ?? 0) * 20;
    const rate = accepted / DURATION;
    const other = [...statuses].filter(([s]) => s !== 202).map(([s, n]) => `${n}×${s}`).join(", ");
    return [
      `ingest (${db.kind}) via HTTP: ${Math.round(rate)} events/s (${Math.round(r.requests.average)} batches of 20/s, 50 connections, p99 ${r.latency.p99} ms, 202 after commit) | writer alone ${Math.round(ceiling)} events/s | ratio ${(rate / ceiling).toFixed(2)} | budget ≥ 20000 events/s${other ? ` | other answers: ${other}` : ""}`,
    ];
  } finally {
    await db.close();
  }
}
