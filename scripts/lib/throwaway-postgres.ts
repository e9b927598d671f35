// A throwaway PostgreSQL cluster on loopback (initdb in a temp dir, removed by stop()), for the
// PostgreSQL test pass and the scale benchmark. Needs the postgresql package (apt-get install -y
// postgresql). PostgreSQL refuses to run as root: the cluster then belongs to the postgres user.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port> (append /<database>) */
  base: string;
  bin: string;
  data: string;
  dir: string;
  port: number;
  asRoot: boolean;
  ctl(action: "start" | "stop"): void;
  /** stops the cluster and removes its directory */
  stop(): void;
}

function findBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, "bin", "initdb"))) return path.join(root, v, "bin");
  throw new Error("PostgreSQL is not installed (apt-get install -y postgresql).");
}

/** initdb and start a cluster on 127.0.0.1:`port`, tuned for tests (fsync off: the data is thrown away). */
export function startThrowawayPostgres(port: number, extra = ""): ThrowawayPostgres {
  const bin = findBin();
  const dir = mkdtempSync(path.join(tmpdir(), "mc-pg-"));
  const asRoot = userInfo().uid === 0;
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
  const ctl = (action: "start" | "stop") =>
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      ...(action === "start"
        ? ["-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${extra}`.trim(), "start"]
        : ["-m", "fast", "stop"]),
    ]);
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  ctl("start");
  return {
    base: `postgres://postgres@127.0.0.1:${port}`,
    bin,
    data,
    dir,
    port,
    asRoot,
    ctl,
    stop() {
      try {
        ctl("stop");
      } catch {
        /* already down */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
