import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb, type TestDb } from "@/lib/testing/memory-db";
import { flushSeenUsers, MAX_SEEN_USERS, noteSeenUser, pruneSeenUsers, SEEN_USER_DAYS, seenUser } from "./seen-users";

let t: TestDb;
beforeAll(async () => {
  t = await memoryDb();
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w','W','w', now())`);
  await t.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('prod','w','production','pk_prod')`);
});
afterAll(() => t?.close());

const at = (s: number) => new Date(Date.UTC(2026, 11, 7, 12, 0, s));
const users = () => t.sql.query<{ userId: string; attributes: Record<string, unknown>; lastSeenAt: Date }>(`SELECT * FROM "SeenUser" ORDER BY "userId"`);

describe("seen users", () => {
  it("keeps each user's latest attributes, whichever instance flushes first", async () => {
    noteSeenUser("prod", { id: "u1", attrs: { plan: "free" } }, at(1));
    noteSeenUser("prod", { id: "u1", attrs: { plan: "pro" } }, at(5));
    noteSeenUser("gone-env", { id: "u9", attrs: {} }, at(5));
    expect(await flushSeenUsers(t.sql)).toBe(2);
    noteSeenUser("prod", { id: "u1", attrs: { plan: "team" } }, at(3)); // older news from a slower instance
    await flushSeenUsers(t.sql);
    expect((await users()).map((u) => [u.userId, u.attributes, u.lastSeenAt.getTime()])).toEqual([["u1", { plan: "pro" }, at(5).getTime()]]);
  });

  it(`keeps the ${MAX_SEEN_USERS.toLocaleString("en")} most recent users per environment and drops those not seen for ${SEEN_USER_DAYS} days`, async () => {
    const base = Date.UTC(2026, 11, 1);
    // 1,000 per environment per flush (the bound between two flushes)
    for (let i = 0; i < MAX_SEEN_USERS + 5; i++) {
      noteSeenUser("prod", { id: `bulk${i}`, attrs: { i } }, new Date(base + i * 1000));
      if (i % 1000 === 999) await flushSeenUsers(t.sql);
    }
    await flushSeenUsers(t.sql);
    const [{ n }] = await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SeenUser"`);
    expect(n).toBe(MAX_SEEN_USERS);
    expect((await t.sql.query(`SELECT 1 FROM "SeenUser" WHERE "userId" = 'bulk0'`)).length).toBe(0);
    const removed = await pruneSeenUsers(t.sql, new Date(base + (SEEN_USER_DAYS * 86_400 + 5_000) * 1000));
    expect(removed).toBeGreaterThan(0);
    expect((await t.sql.query(`SELECT 1 FROM "SeenUser" WHERE "userId" = 'bulk4000'`)).length).toBe(0);
  }, 120_000);

  it("refuses what PostgreSQL cannot store (NUL, lone surrogates) and numbers that are not finite", () => {
    for (const bad of ["a\u0000b", "\ud800", "x\udc00"]) {
      expect(seenUser.safeParse({ id: "u", attrs: { plan: bad } }).success, JSON.stringify(bad)).toBe(false);
      expect(seenUser.safeParse({ id: bad, attrs: {} }).success).toBe(false);
    }
    expect(seenUser.safeParse({ id: "u", attrs: { score: Infinity } }).success).toBe(false);
    expect(seenUser.safeParse({ id: "u", attrs: { name: "Zoë 😀" } }).success).toBe(true);
  });

  it("one environment's flood waits for the next flush; another environment's users still get in", async () => {
    await t.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('stag','w','staging','pk_stag') ON CONFLICT DO NOTHING`);
    await t.sql.query(`DELETE FROM "SeenUser"`);
    for (let i = 0; i < 1500; i++) noteSeenUser("prod", { id: `flood${i}`, attrs: {} }, at(1));
    noteSeenUser("stag", { id: "real", attrs: { plan: "pro" } }, at(2));
    await flushSeenUsers(t.sql);
    const rows = await t.sql.query<{ environmentId: string; n: number }>(`SELECT "environmentId", count(*)::int AS n FROM "SeenUser" GROUP BY 1 ORDER BY 1`);
    expect(rows).toEqual([
      { environmentId: "prod", n: 1000 },
      { environmentId: "stag", n: 1 },
    ]);
  });
});
