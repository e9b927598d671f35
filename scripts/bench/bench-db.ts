// The database benchmarks write to: PostgreSQL when DATABASE_URL is set, otherwise a file-backed
// PGlite in a fresh directory (file-backed, like production, not in memory).
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteSql, postgresSql, type RawSql } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import { awaitingScripts, pgMigrationAdapter } from "@/lib/migrations/pg-adapter";

export async function benchDb(dir: string): Promise<{ kind: "pglite" | "postgres"; sql: RawSql; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new Pool({ connectionString: url, max: 10 });
    await applyPendingMigrations(pgMigrationAdapter(pool));
    const sql = postgresSql(pool);
    return { kind: "postgres", sql, close: () => pool.end() };
  }
  const pg = new PGlite(dir);
  await applyPendingMigrations(awaitingScripts(new PrismaPGlite(pg), (s) => pg.exec(s)));
  return { kind: "pglite", sql: pgliteSql(pg), close: () => pg.close() };
}
