// Rules endpoint throughput against a plain node:http server sending the same bytes and headers,
// both measured in this run on this machine, each server in a process of its own and the load
// generator in this one (the ratio is what matters; absolute numbers vary). PROFILE=1 writes a CPU
// profile of ours and prints where its time goes.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const KEY = "pk_benchbenchbench01";
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const BUDGET = 0.8; // DESIGN.md: ≥ 80 % of plain node:http, 200 and 304

interface Started {
  child: ChildProcess;
  port: number;
  etag: string;
  sizes: [number, number, number];
}

async function start(mode: "ours" | "plain", profileDir?: string): Promise<Started> {
  const child = fork(path.resolve("scripts/bench/rules-server.ts"), [], {
    env: { ...process.env, MODE: mode, NODE_ENV: "production" },
    execArgv: ["--import", "tsx", ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [])],
  });
  const m = await new Promise<Omit<Started, "child">>((r) => child.once("message", (x) => r(x as Omit<Started, "child">)));
  return { child, ...m };
}

async function stop(s: Started) {
  s.child.send("stop");
  await new Promise((r) => s.child.once("exit", r));
}

async function run(port: number, headers: Record<string, string>) {
  const r = await autocannon({ url: `http://127.0.0.1:${port}/api/v1/rules/${KEY}`, connections: 50, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx };
}

/** The functions that took most of a CPU profile's samples, self time, as "12.3 % name file:line". */
export function topOfProfile(dir: string, n = 12): string[] {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return [];
  const p = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || "(anonymous)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? 0));
    total += p.timeDeltas[i] ?? 0;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} % ${k}`);
}

export async function benchRules() {
  const profileDir = process.env.PROFILE ? mkdtempSync(path.join(tmpdir(), "mc-rules-prof-")) : undefined;
  const [ours, plain] = await Promise.all([start("ours", profileDir), start("plain")]);
  const rows: string[] = [];
  try {
    for (const [label, headers] of [
      ["200 gzip", { "Accept-Encoding": "gzip, deflate, br;q=0" }],
      ["304", { "Accept-Encoding": "gzip", "If-None-Match": ours.etag }],
    ] as const) {
      const base = await run(plain.port, headers);
      const mine = await run(ours.port, headers);
      const ratio = mine.rps / base.rps;
      rows.push(
        `rules ${label.padEnd(8)} ours ${Math.round(mine.rps)} req/s p99 ${mine.p99} ms | plain node:http ${Math.round(base.rps)} req/s p99 ${base.p99} ms | ratio ${ratio.toFixed(2)} (budget ≥ ${BUDGET.toFixed(2)}${ratio < BUDGET ? ": MISSED" : ""})${mine.non2xx && label !== "304" ? ` | ${mine.non2xx} non-2xx!` : ""}`,
      );
    }
  } finally {
    await Promise.all([stop(ours), stop(plain)]);
  }
  const [json, gz, br] = ours.sizes;
  rows.push(`rules size: 20 typical campaigns = ${json} B JSON, ${gz} B gzip, ${br} B br (budget ≤ 2048 B gzip)`);
  if (profileDir) rows.push(`rules CPU profile of ours (self time, both runs): ${profileDir}`, ...topOfProfile(profileDir));
  return rows;
}
