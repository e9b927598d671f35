// The PostgreSQL driver adapter the schema engine applies migrations through. @prisma/adapter-pg
// runs a migration script by splitting it on every ";" (comments, string literals and DO blocks
// included), which breaks any script that is not one plain statement per semicolon. This one sends
// each script whole, in one simple-protocol query: PostgreSQL runs it as one implicit transaction,
// so a migration applies completely or not at all.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";

/** A migration-aware adapter factory over `pool` whose connections run scripts unsplit. */
export function pgMigrationAdapter(pool: Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool) as unknown as SqlMigrationAwareDriverAdapterFactory;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

/**
 * Makes a PGlite adapter factory's connections await their scripts: pglite-prisma-adapter starts
 * `exec` and returns at once, so a failing migration would be recorded as applied and its error lost.
 */
export function awaitingScripts<F extends SqlMigrationAwareDriverAdapterFactory>(factory: F, exec: (script: string) => Promise<unknown>): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await exec(script);
    };
    return adapter;
  };
  return factory;
}
