// npm run load -- --events N --days D [--workspace demo] [--env production]
// npm run load -- --clear [--workspace demo]
// Fills realistic apology history into the configured database (PGlite in DATA_DIR, or
// PostgreSQL at DATABASE_URL) so charts and benchmarks can run on millions of events; it is sample
// data, labelled in the app, and --clear removes it (lib/sample-data). With PGlite the server must
// be stopped first: one process owns the data directory.
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDb, dbHandle } from "../lib/db";
import { generateHistory } from "../lib/load/history";
import { migrate } from "../lib/migrations/migrate";
import { environmentName } from "@/lib/environments";
import { clearSampleData } from "@/lib/sample-data";

const args = z
  .object({
    events: z.coerce.number().int().min(1, "--events must be at least 1").max(100_000_000, "--events is at most 100,000,000"),
    days: z.coerce.number().int().min(1, "--days must be at least 1").max(730, "--days is at most 730"),
    workspace: z.string().min(1),
    env: environmentName,
    clear: z.boolean(),
  })
  .safeParse(
    parseArgs({
      options: {
        events: { type: "string", default: "1000000" },
        days: { type: "string", default: "30" },
        workspace: { type: "string", default: "demo" },
        env: { type: "string", default: "production" },
        clear: { type: "boolean", default: false },
      },
    }).values,
  );
if (!args.success) {
  console.error(args.error.issues.map((i) => i.message).join("\n"));
  process.exit(2);
}
const { events, days, workspace, env, clear } = args.data;

const handle = dbHandle();
await migrate(handle);
if (clear) {
  const [w] = await handle.sql.query<{ id: string }>(`SELECT "id" FROM "Workspace" WHERE "slug" = $1`, [workspace]);
  if (!w) {
    console.error(`No workspace with slug "${workspace}".`);
    process.exit(2);
  }
  const removed = await clearSampleData(w.id, handle.sql);
  console.log(`Removed ${removed.toLocaleString("en")} sample events from ${workspace} (${handle.kind}); real apologies are untouched.`);
  await closeDb();
  process.exit(0);
}
const rows = await handle.sql.query<{ env: string; cid: string | null; tt: string | null }>(
  `SELECT e."id" AS env, c."id" AS cid, t."type"::text AS tt
   FROM "Workspace" w JOIN "Environment" e ON e."workspaceId" = w."id" AND e."name" = $2::"EnvironmentName"
   LEFT JOIN "Campaign" c ON c."workspaceId" = w."id" LEFT JOIN "Trigger" t ON t."id" = c."triggerId"
   WHERE w."slug" = $1`,
  [workspace, env],
);
if (!rows.length) {
  console.error(`No workspace with slug "${workspace}" (start the server once to create the demo workspace, or pass --workspace).`);
  process.exit(2);
}
const campaigns = rows.filter((r) => r.cid).map((r) => ({ id: r.cid!, triggerType: r.tt! }));
const started = Date.now();
const bar = (done: number, total: number) => {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.floor((done / total) * 100)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} events · ${Math.round(rate).toLocaleString("en")}/s`,
  );
};
await generateHistory(handle.sql, { environmentId: rows[0].env, campaigns, events, days, onProgress: bar });
process.stderr.write("\n");
console.log(`Loaded ${events.toLocaleString("en")} events over ${days} days into ${workspace}/${env} (${handle.kind}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
await closeDb();
process.exit(0);
