// A real, migrated Postgres (PGlite in memory) for tests of database code. Not a mock: the same
// migrations and SQL as production run against it.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteSql, type RawSql } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";

export async function memoryDb(): Promise<{ pg: PGlite; sql: RawSql; close(): Promise<void> }> {
  const pg = new PGlite("memory://test");
  await applyPendingMigrations(new PrismaPGlite(pg));
  return { pg, sql: pgliteSql(pg), close: () => pg.close() };
}
