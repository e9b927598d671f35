// The database benchmarks write to: PostgreSQL when DATABASE_URL is set, otherwise a file-backed
// PGlite in a fresh directory (file-backed, like production, not in memory).
import { PGlite } from "@electric-sql/pglite";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgliteSql, postgresSql, type RawSql } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export async function benchDb(dir: string): Promise<{ kind: "pglite" | "postgres"; sql: RawSql; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const pool = new Pool({ connectionString: url, max: 10 });
    await applyPendingMigrations(new PrismaPg(pool) as unknown as SqlMigrationAwareDriverAdapterFactory);
    const sql = postgresSql(pool);
    return { kind: "postgres", sql, close: () => pool.end() };
  }
  const pg = new PGlite(dir);
  await applyPendingMigrations(new PrismaPGlite(pg));
  return { kind: "pglite", sql: pgliteSql(pg), close: () => pg.close() };
}
