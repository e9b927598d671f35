// Applies pending migrations to the process's database (server start, npm run db:deploy, load).
import { Pool } from "pg";
import type { DbHandle } from "@/lib/db";
import { env } from "@/lib/env";
import { applyPendingMigrations } from "./schema-engine";
import { pgMigrationAdapter } from "./pg-adapter";

export async function migrate(handle: DbHandle): Promise<string[]> {
  const url = env().DATABASE_URL;
  if (handle.kind === "pglite" || !url) return applyPendingMigrations(handle.adapterFactory);
  // The schema engine holds a session-level advisory lock while it migrates. Through the shared
  // pool the unlock can run on another connection, leaving the lock held for the life of the
  // process, and every other instance then times out at start. One dedicated connection, closed
  // afterwards, takes and releases it.
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000 });
  try {
    return await applyPendingMigrations(pgMigrationAdapter(pool));
  } finally {
    await pool.end();
  }
}
