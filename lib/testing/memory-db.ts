// A real, migrated Postgres for tests of database code. Not a mock: the same migrations and SQL as
// production run against it. PGlite in memory by default; with TEST_DATABASE_URL (a local
// PostgreSQL, see scripts/test-postgres.ts) each call gets a fresh database of its own there.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Pool } from "pg";
import { pgliteSql, postgresSql, type DbHandle, type RawSql } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import { awaitingScripts, pgMigrationAdapter } from "@/lib/migrations/pg-adapter";

export interface TestDb {
  kind: "pglite" | "postgres";
  sql: RawSql;
  /** the ORM over the same database, for code that uses db() (see useAsProcessDb) */
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Makes db()/dbHandle() of the code under test answer from this test database; the returned
 * function puts the process back as it was.
 */
export function useAsProcessDb(t: TestDb): () => void {
  const g = globalThis as unknown as { __meaCulpaDb?: DbHandle };
  const before = g.__meaCulpaDb;
  g.__meaCulpaDb = t;
  return () => {
    g.__meaCulpaDb = before;
  };
}

/** Migrates, and adds the ORM over the same driver; close() ends both, then `closeDriver`. */
async function migrated(
  kind: TestDb["kind"],
  sql: RawSql,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  closeDriver: () => Promise<void>,
): Promise<TestDb> {
  await applyPendingMigrations(adapterFactory);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind,
    sql,
    prisma,
    adapterFactory,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

export async function memoryDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return freshPostgresDatabase(url);
  const pg = new PGlite("memory://test");
  return migrated("pglite", pgliteSql(pg), awaitingScripts(new PrismaPGlite(pg), (s) => pg.exec(s)), () => pg.close());
}

async function freshPostgresDatabase(url: string): Promise<TestDb> {
  const name = "mc_test_" + randomBytes(6).toString("hex");
  const admin = new Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = "/" + name;
  const pool = new Pool({ connectionString: u.toString(), max: 10 });
  return migrated("postgres", postgresSql(pool), pgMigrationAdapter(pool), async () => {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
}
