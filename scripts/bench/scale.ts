// npm run bench -- scale: the scale curve of docs/scaling.md, on this machine.
//   1. events/s accepted by 1, 2 and 4 instances of the SDK-facing path (request guard, validation,
//      rate limits, batch writer, rollups; 202 after commit) on one PostgreSQL, with each
//      instance's peak memory (RSS) under that load;
//   2. the weekly report, trends and live canary at 1 M and 10 M stored events: latency, and how
//      many scans of raw-event partitions each made (rollups only: none, except the live canary's
//      top URLs over the last hour).
// Starts a throwaway PostgreSQL cluster on loopback (or uses DATABASE_URL, into which it writes).
// Progress goes to stderr while it runs; the figures are printed at the end.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { Pool } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { postgresSql, type DbHandle, type RawSql } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { generateHistory } from "@/lib/load/history";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import { pgMigrationAdapter } from "@/lib/migrations/pg-adapter";
import { getLiveStats } from "@/lib/stats/live";
import { getSeries, statsQuery } from "@/lib/stats/series";
import { getWeeklySummary } from "@/lib/stats/weekly";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../lib/throwaway-postgres";

const KEY = "pk_benchingest000001";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 64; // in total, split evenly over the instances
const SIZES = (process.env.SCALE_SIZES ?? "1000000,10000000").split(",").map(Number);
const RUNS = 9;
const TYPES = ["detected", "shown", "shown", "dismissed", "session"] as const;
const progress = (s: string) => process.stderr.write(`\rscale: ${s}`.padEnd(90) + (s.endsWith("…") ? "" : "\n"));

function batch(campaigns: string[]) {
  const now = Date.now();
  return Array.from({ length: 20 }, (_, i) => {
    const type = TYPES[i % TYPES.length];
    return type === "session"
      ? { id: randomUUID(), type, ts: now, sessionId: randomUUID() }
      : { id: randomUUID(), type, ts: now, campaignId: campaigns[i % campaigns.length], triggerType: "http_error", url: `https://shop.test/api/search?page=${i}`, sessionId: "s1" };
  });
}

interface Instance {
  proc: ChildProcess;
  port: number;
  campaigns: string[];
  peakRss: number;
}

async function startInstance(url: string): Promise<Instance> {
  const proc = fork(path.resolve("scripts/bench/ingest-server.ts"), [], { env: { ...process.env, MODE: "ours", DATABASE_URL: url, NODE_ENV: "production", REPORT_RSS: "1" }, execArgv: ["--import", "tsx"] });
  const first = await new Promise<{ port: number; campaigns: string[] }>((r) => proc.once("message", (m) => r(m as { port: number; campaigns: string[] })));
  const inst: Instance = { proc, ...first, peakRss: 0 };
  proc.on("message", (m) => {
    const rss = (m as { rss?: number }).rss;
    if (rss) inst.peakRss = Math.max(inst.peakRss, rss);
  });
  return inst;
}

async function stopInstance(i: Instance) {
  i.proc.send("stop");
  await new Promise((r) => i.proc.once("exit", r));
}

async function throughput(url: string, n: number): Promise<string> {
  const instances: Instance[] = [];
  for (let k = 0; k < n; k++) instances.push(await startInstance(url));
  progress(`${n} instance${n > 1 ? "s" : ""}: ${SECONDS} s of events…`);
  const ourPids = instances.map((i) => i.proc.pid!);
  const pgStart = new Map(postgresPids().map((p) => [p, cpuSeconds([p])]));
  const ourStart = cpuSeconds(ourPids);
  const results = await Promise.all(
    instances.map((inst) => {
      let accepted = 0;
      return autocannon({
        url: `http://127.0.0.1:${inst.port}/api/v1/events/${KEY}`,
        method: "POST",
        connections: CONNECTIONS / n,
        duration: SECONDS,
        headers: { "Content-Type": "text/plain" },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ events: batch(inst.campaigns), sentAt: Date.now() }) }), onResponse: (s: number) => void (s === 202 && (accepted += 20)) }],
      }).then((r) => ({ accepted, p99: r.latency.p99, errors: r.non2xx + r.errors }));
    }),
  );
  // sampled before stopping (a stopped instance's /proc entry is gone); a backend that started
  // during the run counts from zero (pools open their connections on first use)
  const pgCpu = postgresPids().reduce((t, p) => t + cpuSeconds([p]) - (pgStart.get(p) ?? 0), 0);
  const cpu = [pgCpu, cpuSeconds(ourPids) - ourStart].map((c) => c / SECONDS);
  await Promise.all(instances.map(stopInstance));
  const rate = results.reduce((s, r) => s + r.accepted, 0) / SECONDS;
  const errors = results.reduce((s, r) => s + r.errors, 0);
  const rss = instances.map((i) => `${Math.round(i.peakRss / 1048576)}`).join(", ");
  progress(`${n} instance${n > 1 ? "s" : ""}: ${Math.round(rate)} events/s`);
  return `  ${n} instance${n > 1 ? "s" : " "}: ${Math.round(rate).toLocaleString("en").padStart(7)} events/s accepted | p99 ${Math.max(...results.map((r) => r.p99))} ms | peak RSS per instance ${rss} MB | CPU cores busy: PostgreSQL ${cpu[0].toFixed(2)}, instances ${cpu[1].toFixed(2)}${errors ? ` | ${errors} answers other than 202` : ""}`;
}

/** CPU seconds used so far by the processes `pids` (utime + stime from /proc; 0 for one that is gone). */
function cpuSeconds(pids: number[]): number {
  const tick = 100; // USER_HZ on Linux
  let t = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      t += (Number(f[11]) + Number(f[12])) / tick;
    } catch {
      /* ended */
    }
  }
  return t;
}

const postgresPids = () => {
  try {
    return execFileSync("ps", ["-C", "postgres", "-o", "pid="], { encoding: "utf8" }).split("\n").map(Number).filter(Boolean);
  } catch {
    return [];
  }
};

// Every statement a chart function sends, so the figure can say whether it read raw events
// ("Event", not its rollups) or rollups only: exact, unlike PostgreSQL's delayed scan statistics.
const seen: string[] = [];
function recording(sql: RawSql): RawSql {
  return {
    query: (text, params) => (seen.push(text), sql.query(text, params)),
    transaction: (fn) => sql.transaction((tx) => fn({ query: (text, params) => (seen.push(text), tx.query(text, params)) })),
  };
}
const readsRawEvents = (text: string) => /"Event"(?!Id)/.test(text) && !/^\s*(INSERT|DELETE|UPDATE)/i.test(text);

async function latency(label: string, f: () => Promise<unknown>): Promise<string> {
  await f();
  seen.length = 0;
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await f();
    t.push(performance.now() - s);
  }
  const raw = seen.filter(readsRawEvents).length / RUNS;
  t.sort((a, b) => a - b);
  return `    ${label.padEnd(44)} median ${t[Math.floor(RUNS / 2)].toFixed(1).padStart(6)} ms, max ${t[RUNS - 1].toFixed(1).padStart(6)} ms | ${seen.length / RUNS} statements, ${raw ? `${raw} on raw events (the last hour's partition)` : "rollups only"}`;
}

export async function benchScale(): Promise<string[]> {
  let cluster: ThrowawayPostgres | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    progress("starting a throwaway PostgreSQL…");
    cluster = startThrowawayPostgres(Number(process.env.PG_BENCH_PORT ?? 5588));
    base = `${cluster.base}/postgres`;
  }
  const url = base;
  const pool = new Pool({ connectionString: url, max: 4 });
  const out: string[] = [];
  try {
    await applyPendingMigrations(pgMigrationAdapter(pool));
    const { rows: v } = await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    out.push(`scale (PostgreSQL ${v[0].v} on this machine, ${SECONDS} s per figure, ${CONNECTIONS} connections in all, batches of 20):`);
    for (const n of [1, 2, 4]) out.push(await throughput(url, n));

    // charts at 1 M and 10 M stored events, read through the code the pages use
    const sql = recording(postgresSql(pool));
    const handle: DbHandle = { kind: "postgres", prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), sql, adapterFactory: pgMigrationAdapter(pool), close: async () => {} };
    (globalThis as unknown as { __meaCulpaDb?: DbHandle }).__meaCulpaDb = handle;
    await pool.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wh','H','history', now()) ON CONFLICT DO NOTHING`);
    await pool.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('envh','wh','production','pk_history0000001') ON CONFLICT DO NOTHING`);
    let stored = 0;
    for (const size of SIZES) {
      const started = Date.now();
      await generateHistory(postgresSql(pool), {
        environmentId: "envh",
        campaigns: ["http_error", "slow_request", "js_error", "resource_error", "media_stall", "rage_click"].map((t, i) => ({ id: `hc${i}`, triggerType: t })),
        events: size - stored,
        days: 30,
        chunk: 250_000,
        onProgress: (d, t) => progress(`storing events: ${(stored + d).toLocaleString("en")} of ${size.toLocaleString("en")}…`),
      });
      stored = size;
      progress(`stored ${size.toLocaleString("en")} events in ${Math.round((Date.now() - started) / 1000)} s`);
      await pool.query(`ANALYZE`);
      const now = Date.now();
      const to = new Date(now).toISOString();
      out.push(`  at ${size.toLocaleString("en")} stored events (30 days, one environment):`);
      out.push(await latency("weekly report (this week vs last)", () => getWeeklySummary(sql, "wh", { env: "production" })));
      out.push(await latency("trends: 7 days per hour", () => getSeries(sql, "wh", statsQuery.parse({ from: new Date(now - 7 * 86_400_000).toISOString(), to, interval: "hour" }))));
      out.push(await latency("trends: 30 days per day by campaign", () => getSeries(sql, "wh", statsQuery.parse({ from: new Date(now - 30 * 86_400_000).toISOString(), to, interval: "day", groupBy: "campaign" }))));
      out.push(await latency("live canary: last hour per minute + top URLs", () => getLiveStats({ workspaceId: "wh", env: "production", minutes: 60 })));
    }
    const { rows: size } = await pool.query<{ s: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`);
    out.push(`  database size at the end: ${size[0].s}`);
    await handle.prisma.$disconnect();
  } finally {
    await pool.end();
    cluster?.stop();
  }
  return out;
}
