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

  it("events_by_day: every event of several days moves into its day's partition, and a replay of one is still refused", async () => {
    const pg = new PGlite("memory://keep-events");
    const sql = await migratedUpTo(pg, "events_by_day");
    const days = [9, 4, 2, 1, 0].map((d) => new Date(Date.now() - d * 86_400_000));
    await pg.query(
      `INSERT INTO "Event" ("id","environmentId","type","campaignId","occurredAt","sample")
       SELECT gen_random_uuid(), 'env', CASE WHEN i % 3 = 0 THEN 'session' ELSE 'shown' END, CASE WHEN i % 3 = 0 THEN NULL ELSE 'c1' END,
              d + (i * interval '37 minutes'), i % 10 = 0
       FROM unnest($1::timestamp[]) AS d, generate_series(0, 29) AS i`,
      [days],
    );
    const before = (await pg.query<{ id: string; t: string; s: boolean }>(`SELECT "id"::text AS id, "occurredAt"::text AS t, "sample" AS s FROM "Event" ORDER BY 1`)).rows;
    expect(before).toHaveLength(150);
    await pg.exec(sql);
    const after = (await pg.query<{ id: string; t: string; s: boolean }>(`SELECT "id"::text AS id, "occurredAt"::text AS t, "sample" AS s FROM "Event" ORDER BY 1`)).rows;
    expect(after).toEqual(before);
    // each row in the partition of its own UTC day
    const misplaced = await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Event" e JOIN pg_class c ON c.oid = e.tableoid
       WHERE c.relname <> 'Event_' || to_char(e."occurredAt", 'YYYYMMDD')`,
    );
    expect(misplaced.rows[0].n).toBe(0);
    const parted = await pg.query<{ n: number }>(`SELECT count(DISTINCT tableoid)::int AS n FROM "Event"`);
    expect(parted.rows[0].n).toBeGreaterThanOrEqual(5);
    // the real events' ids are remembered: a replay of one is not stored again
    const real = before.filter((r) => !r.s).map((r) => r.id);
    const ids = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM "EventId" WHERE "id" = ANY($1::uuid[])`, [real]);
    expect(ids.rows[0].n).toBe(real.length);
    const replay = await pg.query(`INSERT INTO "EventId" ("id") VALUES ($1) ON CONFLICT ("id") DO NOTHING RETURNING "id"`, [real[0]]);
    expect(replay.rows).toHaveLength(0);
    await pg.close();
  });
});
