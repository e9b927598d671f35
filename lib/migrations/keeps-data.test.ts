// Migrations that change a column keep what is in it: the SQL files applied in order to an embedded
// database, with rows written just before the migration under test.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";

const DIR = "prisma/migrations";
const migrations = readdirSync(DIR).filter((d) => /^\d{14}_/.test(d)).sort();

async function migratedUpTo(pg: PGlite, name: string): Promise<string> {
  const i = migrations.findIndex((m) => m.endsWith(`_${name}`));
  if (i < 0) throw new Error(`no migration ${name}`);
  for (const m of migrations.slice(0, i)) await pg.exec(readFileSync(path.join(DIR, m, "migration.sql"), "utf8"));
  return readFileSync(path.join(DIR, migrations[i], "migration.sql"), "utf8");
}

describe("migrations keep the data in the columns they change", () => {
  it("trigger_type_text: every trigger keeps its type, now as text", async () => {
    const pg = new PGlite("memory://keep-trigger-type");
    const sql = await migratedUpTo(pg, "trigger_type_text");
    await pg.exec(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w','W','w', now())`);
    await pg.exec(`INSERT INTO "Trigger" ("id","workspaceId","name","type","config","updatedAt") VALUES
      ('t1','w','A','http_error','{}', now()), ('t2','w','B','media_quality','{}', now()), ('t3','w','C','custom','{}', now())`);
    await pg.exec(sql);
    const { rows } = await pg.query<{ id: string; type: string; t: string }>(`SELECT "id", "type", pg_typeof("type")::text AS t FROM "Trigger" ORDER BY "id"`);
    expect(rows).toEqual([
      { id: "t1", type: "http_error", t: "text" },
      { id: "t2", type: "media_quality", t: "text" },
      { id: "t3", type: "custom", t: "text" },
    ]);
    await pg.close();
  });
});
