// Drives Prisma's WebAssembly schema engine directly, so migrations are authored and applied with
// no native engine binary and no network (the Prisma 7.10 CLI needs a downloaded binary for both).
// The engine talks to the database through a Prisma driver adapter: PGlite's or node-postgres'.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

let engineClass: Promise<typeof SchemaEngine> | undefined;

// The package's own entry imports the .wasm as an ES module, which Node cannot do; instantiate it
// by hand with the package's JS glue (what @prisma/internals does inside the bundled CLI).
async function loadEngineClass(): Promise<typeof SchemaEngine> {
  const require = createRequire(import.meta.url);
  const glueUrl = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = await readFile(path.join(path.dirname(glueUrl), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes)), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine as typeof SchemaEngine;
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  engineClass ??= loadEngineClass();
  const Engine = await engineClass;
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const debug = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", line);
  };
  return Engine.new({ datamodels: [[SCHEMA_PATH, schema]] }, debug, bound);
}

export async function readMigrationList(): Promise<MigrationList> {
  let names: string[] = [];
  try {
    names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    names = [];
  }
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (e: Error) => ({ tag: "error" as const, value: e.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockContent = await readFile(path.join(MIGRATIONS_DIR, LOCKFILE), "utf8").catch(() => null);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  } as MigrationList;
}

/** Applies every migration in prisma/migrations that the database has not seen. */
export async function applyPendingMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    const out = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: NO_FILTER,
    });
    return out.appliedMigrationNames;
  } catch (e) {
    throw describeEngineError(e);
  } finally {
    engine.free();
  }
}

/** Diffs migrations/ against schema.prisma (replayed on a shadow database) and returns new SQL. */
export async function createMigration(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
): Promise<{ directory: string; script: string | null }> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    const migrationsList = await readMigrationList();
    await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    // devDiagnostic is what connects the engine to the adapter's shadow database; createMigration
    // then replays the history there (what `prisma migrate dev` does in this order).
    const diagnostic = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    if (diagnostic.action.tag === "reset") {
      throw new Error(`The migration history does not match the database: ${diagnostic.action.reason}`);
    }
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema: { files: [{ path: SCHEMA_PATH, content: schema }] },
      filters: NO_FILTER,
    });
    return { directory: out.generatedMigrationName, script: out.migrationScript };
  } catch (e) {
    throw describeEngineError(e);
  } finally {
    engine.free();
  }
}

function describeEngineError(e: unknown): Error {
  if (e instanceof Error) return e;
  const o = e as { code?: string; message?: string };
  return new Error(`schema engine ${o?.code ?? "error"}: ${o?.message ?? JSON.stringify(e)}`);
}
