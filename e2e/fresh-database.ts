// Specs that start servers of their own want a database of their own too: a fresh data dir on the
// embedded database, or, when the suite runs on PostgreSQL, a fresh database on that server.
import { randomBytes } from "node:crypto";
import { Pool } from "pg";

/** Environment for a spawned server: DATABASE_URL of a new database, or nothing (PGlite in DATA_DIR). */
export async function freshDatabaseEnv(prefix: string): Promise<Record<string, string>> {
  const url = process.env.DATABASE_URL;
  if (!url) return {};
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const pool = new Pool({ connectionString: admin.toString(), max: 1 });
  await pool.query(`CREATE DATABASE ${name}`);
  await pool.end();
  const u = new URL(url);
  u.pathname = "/" + name;
  return { DATABASE_URL: u.toString() };
}
