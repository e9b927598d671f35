import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteSql, type DbHandle } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import { loadSnapshots, publishCompiled } from "./publish";
import { buildSnapshot, getSnapshot, putSnapshot } from "./snapshot";

// loadSnapshots() reads the process's database handle: point it at an in-memory one.
let pg: PGlite;
let envId = "";
const KEY = "pk_publishtest0001";
const rules = (minGapMs: number) => ({ schemaVersion: 1 as const, settings: { minGapMs }, campaigns: [] });

beforeAll(async () => {
  pg = new PGlite("memory://publish-test");
  const adapterFactory = new PrismaPGlite(pg);
  await applyPendingMigrations(adapterFactory);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  (globalThis as unknown as { __meaCulpaDb?: DbHandle }).__meaCulpaDb = { kind: "pglite", prisma, sql: pgliteSql(pg), adapterFactory, close: () => pg.close() };
  const ws = await prisma.workspace.create({
    data: { name: "P", slug: "p", environments: { create: [{ name: "staging", publicKey: KEY }] } },
    include: { environments: true },
  });
  envId = ws.environments[0].id;
});
afterAll(async () => {
  (globalThis as unknown as { __meaCulpaDb?: DbHandle }).__meaCulpaDb = undefined;
  await pg?.close();
});

describe("loadSnapshots", () => {
  it("serves the latest revision, and never swaps a newer snapshot for an older one", async () => {
    await publishCompiled({ environmentId: envId, compiled: rules(1) });
    await publishCompiled({ environmentId: envId, compiled: rules(2) });
    putSnapshot(KEY, buildSnapshot(envId, 1, rules(1))); // as if this process still served revision 1
    await loadSnapshots();
    expect(getSnapshot(KEY)?.revision).toBe(2);
    // a publish landed in memory (revision 3) after a poll read "2" from the database
    putSnapshot(KEY, buildSnapshot(envId, 3, rules(3)));
    await loadSnapshots();
    expect(getSnapshot(KEY)?.revision).toBe(3);
    expect(JSON.parse(getSnapshot(KEY)!.body.toString()).settings.minGapMs).toBe(3);
  });
});
