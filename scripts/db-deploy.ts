// npm run db:deploy — applies pending migrations to the configured database (PGlite in DATA_DIR,
// or PostgreSQL at DATABASE_URL) offline. The server also does this at start.
import { closeDb, dbHandle } from "../lib/db";
import { migrate } from "../lib/migrations/migrate";

const handle = dbHandle();
const applied = await migrate(handle);
console.log(
  applied.length ? `Applied: ${applied.join(", ")}` : `The ${handle.kind} database is up to date.`,
);
await closeDb();
// The WASM schema engine leaves a timer alive for ~10 s after it is freed; do not wait for it.
process.exit(0);
