// A production server started by a spec in its own process (for stop/kill/restart and storage
// faults), with what it printed kept for assertions and failure messages.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";

export interface SpawnedServer {
  proc: ChildProcess;
  base: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnServer(port: number, env: Record<string, string>): SpawnedServer {
  let out = "";
  const proc = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  return {
    proc,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    exited,
    stop(signal = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

/** Waits for /api/health to answer 200; fails at once, with what it printed, if the process exits. */
export async function waitHealthy(server: SpawnedServer, timeoutMs = 60_000): Promise<void> {
  let ended = false;
  void server.exited.then(() => (ended = true));
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (ended) throw new Error(`server exited before it was healthy:\n${server.output().slice(-2000)}`);
    try {
      if ((await fetch(`${server.base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${server.output().slice(-2000)}`);
}

export interface Store {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** What a stopped server left behind: its PGlite directory, or the PostgreSQL database it used. */
export async function openStore(dataDir: string, databaseUrl?: string): Promise<Store> {
  if (databaseUrl) {
    const pool = new Pool({ connectionString: databaseUrl, max: 1 });
    return { query: async (sql, params) => (await pool.query(sql, params)).rows, close: () => pool.end() };
  }
  const pg = new PGlite(path.join(dataDir, "pglite"));
  return { query: async <T,>(sql: string, params?: unknown[]) => (await pg.query<T>(sql, params)).rows, close: () => pg.close() };
}

/** The demo store's public key, read from its page as a visitor's browser would. */
export async function demoKey(base: string): Promise<string> {
  return /data-key="(pk_[A-Za-z0-9_]+)"/.exec(await (await fetch(`${base}/demo`)).text())![1];
}
