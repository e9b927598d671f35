// The one database handle of the process. Without DATABASE_URL it is PGlite (Postgres in WASM,
// file-backed in DATA_DIR); with it, PostgreSQL through node-postgres. Both speak one dialect.
//
// PGlite allows exactly one instance per data dir, and Next bundles its own copy of this module
// beside the one server.ts imports, so the handle lives on globalThis and is opened lazily.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Pool, types as pgTypes } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { awaitingScripts } from "@/lib/migrations/pg-adapter";

export type DbKind = "pglite" | "postgres";

/** Minimal raw SQL access for hot paths (ingestion), identical on PGlite and PostgreSQL. */
export interface RawSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  transaction<R>(fn: (tx: Pick<RawSql, "query">) => Promise<R>): Promise<R>;
}

export interface DbHandle {
  kind: DbKind;
  prisma: PrismaClient;
  sql: RawSql;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

const g = globalThis as unknown as { __meaCulpaDb?: DbHandle };

export function pgliteSql(pg: PGlite): RawSql {
  return {
    async query(text, params) {
      return (await pg.query(text, params)).rows as never;
    },
    transaction(fn) {
      return pg.transaction((tx) =>
        fn({ query: async (text, params) => (await tx.query(text, params)).rows as never }),
      );
    },
  };
}

function openPglite(dataDir: string): DbHandle {
  const dir = path.join(dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const pg = new PGlite(dir);
  const adapterFactory = awaitingScripts(new PrismaPGlite(pg), (s) => pg.exec(s));
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const sql = pgliteSql(pg);
  return {
    kind: "pglite",
    prisma,
    sql,
    adapterFactory,
    async close() {
      await prisma.$disconnect();
      await pg.close();
    },
  };
}

// Columns are `timestamp` (without time zone) holding UTC, as Prisma writes them. node-postgres
// would send Dates and read timestamps in the process's local zone; raw SQL here does both in UTC,
// as PGlite does, so results do not depend on the machine's TZ.
const utcTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 1114) return (v: string) => new Date(v.replace(" ", "T") + "Z");
    return pgTypes.getTypeParser(oid, format);
  },
};
const utcParams = (params?: unknown[]) => params?.map((p) => (p instanceof Date ? p.toISOString() : p));

/** Raw SQL over a node-postgres pool, with UTC timestamps both ways. */
export function postgresSql(pool: Pool): RawSql {
  return {
    async query(text, params) {
      return (await pool.query({ text, values: utcParams(params), types: utcTypes })).rows;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async (text, params) => (await client.query({ text, values: utcParams(params), types: utcTypes })).rows,
        });
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
  };
}

function openPostgres(url: string, poolSize: number): DbHandle {
  // a connection attempt gives up after 5 s, so a hung database turns into errors (503s), not hangs
  const pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on("error", (e) => console.error("[db] idle connection error:", e.message));
  const adapterFactory = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const sql = postgresSql(pool);
  return {
    kind: "postgres",
    prisma,
    sql,
    adapterFactory: adapterFactory as unknown as SqlMigrationAwareDriverAdapterFactory,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function dbHandle(): DbHandle {
  if (!g.__meaCulpaDb) {
    const e = env();
    g.__meaCulpaDb = e.DATABASE_URL
      ? openPostgres(e.DATABASE_URL, e.DATABASE_POOL_SIZE)
      : openPglite(e.dataDir);
  }
  return g.__meaCulpaDb;
}

/** The Prisma client. */
export function db(): PrismaClient {
  return dbHandle().prisma;
}

export async function closeDb(): Promise<void> {
  const h = g.__meaCulpaDb;
  g.__meaCulpaDb = undefined;
  if (h) await h.close();
}
