// npm run test:pg [-- unit | e2e [playwright args]] — the database-backed tests again, on a real PostgreSQL: a throwaway cluster on
// loopback (initdb in a temp dir, removed afterwards), then Vitest (each database test file gets a
// fresh database) and Playwright (the server on DATABASE_URL, plus the multi-instance spec that
// only makes sense there). Needs the postgresql package: apt-get install -y postgresql.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

function findBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  console.error("test:pg: PostgreSQL is not installed (apt-get install -y postgresql).");
  process.exit(1);
}

const bin = findBin();
const port = Number(process.env.PG_TEST_PORT ?? 5544);
const dir = mkdtempSync(path.join(tmpdir(), "mc-pg-"));
const asRoot = userInfo().uid === 0;
// PostgreSQL refuses to run as root: the cluster belongs to the postgres user then.
const run = (cmd: string, args: string[]) => {
  const full = [path.join(bin, cmd), ...args];
  if (asRoot) execFileSync("su", ["postgres", "-c", full.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ")], { stdio: "pipe" });
  else execFileSync(full[0], full.slice(1), { stdio: "pipe" });
};
if (asRoot) {
  const pw = execFileSync("id", ["-u", "postgres"]).toString().trim();
  const gr = execFileSync("id", ["-g", "postgres"]).toString().trim();
  chownSync(dir, Number(pw), Number(gr));
  chmodSync(dir, 0o700);
}
const data = path.join(dir, "data");
const pgCtl = (action: "start" | "stop") =>
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    ...(action === "start"
      ? ["-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`, "start"]
      : ["-m", "fast", "stop"]),
  ]);

let status = 1;
try {
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  pgCtl("start");
  const base = `postgres://postgres@127.0.0.1:${port}`;
  console.log(`test:pg: PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}`);
  const env = {
    ...process.env,
    TEST_DATABASE_URL: `${base}/postgres`,
    DATABASE_URL: `${base}/mc_e2e`,
    // the property tests ran their 10,000 runs each on the first pass; here they check the dialect
    PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? "2000",
    // the multi-instance spec stops and starts the cluster to test recovery
    PG_TEST_CTL: JSON.stringify({ bin, data, dir, port, asRoot }),
  };
  const step = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
  const only = process.argv[2]; // "unit" or "e2e" to run one half
  status = only === "e2e" ? 0 : step("npx", ["vitest", "run"]);
  if (status === 0 && only !== "unit") status = step("npx", ["playwright", "test", ...process.argv.slice(3)]);
} catch (e) {
  console.error("test:pg:", (e as Error).message);
} finally {
  try {
    pgCtl("stop");
  } catch {
    /* already down */
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
