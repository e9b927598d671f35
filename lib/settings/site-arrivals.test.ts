import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb, type TestDb } from "@/lib/testing/memory-db";
import { flushArrivals, MAX_SITES_PER_ENVIRONMENT, noteArrival } from "./site-arrivals";

let t: TestDb;
beforeAll(async () => {
  t = await memoryDb();
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w','W','w', now())`);
  await t.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('prod','w','production','pk_prod'), ('stag','w','staging','pk_stag')`);
});
afterAll(() => t?.close());

type Row = { origin: string; firstAt: Date; firstSdk: string | null; lastAt: Date; lastSdk: string | null };
const sites = (env: string) => t.sql.query<Row>(`SELECT * FROM "SiteArrival" WHERE "environmentId" = $1 ORDER BY "lastAt" DESC`, [env]);
const at = (s: number) => new Date(Date.UTC(2026, 11, 7, 12, 0, s));

describe("site arrivals (the Install page's live check)", () => {
  it("keeps each site's own first and latest, across flushes and instances", async () => {
    noteArrival("prod", "https://a.example", "js/0.1.0", at(1));
    noteArrival("prod", "https://b.example", "npm/0.1.0", at(2));
    noteArrival("prod", "https://a.example", "js/0.2.0", at(3));
    expect(await flushArrivals(t.sql)).toBe(2);
    // another instance flushes later, having seen an earlier event from b and a later one from a
    noteArrival("prod", "https://b.example", undefined, at(0));
    noteArrival("prod", "https://a.example", "js/0.2.0", at(9));
    await flushArrivals(t.sql);
    const rows = await sites("prod");
    expect(rows.map((r) => [r.origin, r.firstAt.getTime(), r.firstSdk, r.lastAt.getTime(), r.lastSdk])).toEqual([
      ["https://a.example", at(1).getTime(), "js/0.1.0", at(9).getTime(), "js/0.2.0"],
      // b's earlier event, flushed late, becomes its first; its latest stays the later one
      ["https://b.example", at(0).getTime(), null, at(2).getTime(), "npm/0.1.0"],
    ]);
    expect(await sites("stag")).toEqual([]);
  });

  it(`remembers the ${MAX_SITES_PER_ENVIRONMENT} most recent sites of an environment, and ignores environments that are gone`, async () => {
    for (let i = 0; i < MAX_SITES_PER_ENVIRONMENT + 10; i++) noteArrival("stag", `https://s${i}.example`, "js/0.1.0", at(10 + i));
    noteArrival("deleted-env", "https://x.example", "js/0.1.0", at(1));
    await flushArrivals(t.sql);
    const rows = await sites("stag");
    expect(rows).toHaveLength(MAX_SITES_PER_ENVIRONMENT);
    expect(rows[0].origin).toBe(`https://s${MAX_SITES_PER_ENVIRONMENT + 9}.example`);
    expect(rows.some((r) => r.origin === "https://s0.example")).toBe(false);
  });

  it("the migration keeps what the environment-wide columns knew, per site", async () => {
    const dir = readdirSync("prisma/migrations").find((d) => d.endsWith("_site_arrivals"))!;
    const sql = readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    const backfill = sql
      .replace(/--.*$/gm, "")
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s.startsWith("INSERT INTO \"SiteArrival\""));
    expect(backfill).toHaveLength(2);
    // the columns as they were before it
    await t.sql.query(`DELETE FROM "SiteArrival"`);
    await t.sql.query(`ALTER TABLE "Environment" ADD COLUMN "firstEventAt" TIMESTAMP(3), ADD COLUMN "firstEventOrigin" TEXT, ADD COLUMN "firstEventSdk" TEXT,
      ADD COLUMN "lastEventAt" TIMESTAMP(3), ADD COLUMN "lastEventOrigin" TEXT, ADD COLUMN "lastEventSdk" TEXT`);
    try {
      await t.sql.query(`UPDATE "Environment" SET "firstEventAt" = $1, "firstEventOrigin" = 'https://a.example', "firstEventSdk" = 'js/0.1.0',
        "lastEventAt" = $2, "lastEventOrigin" = 'https://b.example', "lastEventSdk" = 'npm/0.1.0' WHERE "id" = 'prod'`, [at(1), at(5)]);
      await t.sql.query(`UPDATE "Environment" SET "firstEventAt" = $1, "firstEventOrigin" = 'https://c.example', "firstEventSdk" = NULL,
        "lastEventAt" = $2, "lastEventOrigin" = 'https://c.example', "lastEventSdk" = 'js/0.1.0' WHERE "id" = 'stag'`, [at(2), at(7)]);
      for (const s of backfill) await t.sql.query(s);
      expect((await sites("prod")).map((r) => [r.origin, r.firstAt.getTime(), r.lastAt.getTime(), r.lastSdk])).toEqual([
        ["https://b.example", at(5).getTime(), at(5).getTime(), "npm/0.1.0"],
        ["https://a.example", at(1).getTime(), at(1).getTime(), "js/0.1.0"],
      ]);
      expect((await sites("stag")).map((r) => [r.origin, r.firstAt.getTime(), r.firstSdk, r.lastAt.getTime(), r.lastSdk])).toEqual([
        ["https://c.example", at(2).getTime(), null, at(7).getTime(), "js/0.1.0"],
      ]);
    } finally {
      await t.sql.query(`ALTER TABLE "Environment" DROP COLUMN "firstEventAt", DROP COLUMN "firstEventOrigin", DROP COLUMN "firstEventSdk",
        DROP COLUMN "lastEventAt", DROP COLUMN "lastEventOrigin", DROP COLUMN "lastEventSdk"`);
    }
  });
});
