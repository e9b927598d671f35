// npm run test:pg [-- unit | e2e [playwright args]] — the database-backed tests again, on a real PostgreSQL: a throwaway cluster on
// loopback (initdb in a temp dir, removed afterwards), then Vitest (each database test file gets a
// fresh database) and Playwright (the server on DATABASE_URL, plus the multi-instance spec that
// only makes sense there). Needs the postgresql package: apt-get install -y postgresql.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./lib/throwaway-postgres";

const port = Number(process.env.PG_TEST_PORT ?? 5544);
let status = 1;
let pg: ThrowawayPostgres | undefined;
try {
  pg = startThrowawayPostgres(port);
  const { base, bin, data, dir, asRoot } = pg;
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
  pg?.stop();
}
process.exit(status);
