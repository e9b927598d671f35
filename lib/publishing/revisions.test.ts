import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryDb, useAsProcessDb, type TestDb } from "@/lib/testing/memory-db";
import { systemActor } from "@/lib/auth/actor";
import { loadPublishedCampaigns, wasPublished } from "./published-campaigns";
import { buildSnapshot, getSnapshot, putSnapshot } from "@/lib/rules/snapshot";
import { compileEnvironment } from "./compile-environment";
import { publish } from "./publish";
import { commitRevision, loadSnapshots } from "./revisions";

// publishing and loadSnapshots() use the process's database handle: point it at a test database
// (PGlite in memory, or a PostgreSQL database of its own on the test:pg pass)
let t: TestDb;
let restoreDb = () => {};
let envId = "";
let wsId = "";
const env = () => ({ id: envId, publicKey: KEY });
const KEY = "pk_publishtest0001";
const rules = (minGapMs: number) => ({ schemaVersion: 1 as const, settings: { minGapMs }, campaigns: [] });

beforeAll(async () => {
  t = await memoryDb();
  restoreDb = useAsProcessDb(t);
  const ws = await t.prisma.workspace.create({
    data: { name: "P", slug: "p", environments: { create: [{ name: "staging", publicKey: KEY }] } },
    include: { environments: true },
  });
  envId = ws.environments[0].id;
  wsId = ws.id;
});
afterAll(async () => {
  restoreDb();
  await t?.close();
});

describe("loadSnapshots", () => {
  it("serves the latest revision, and never swaps a newer snapshot for an older one", async () => {
    await commitRevision({ environment: env(), compiled: rules(1) });
    await commitRevision({ environment: env(), compiled: rules(2) });
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

describe("a revision published before patterns were checked (#26)", () => {
  it("is served without the campaign whose URL regex could freeze pages; rolling back to it is refused", async () => {
    const campaign = (id: string, url: { kind: "glob" | "regex"; source: string }) => ({
      id,
      priority: 1,
      trigger: { type: "http_error" as const, url, methods: [], statuses: ["5xx"] },
      message: { title: ["Sorry"], body: [], style: "toast" as const, position: "bottom-right" as const, autoDismissMs: 8000 },
      caps: { perSession: 0 },
    });
    // written as an older server would have (commitRevision stores what it is given)
    const old = { ...rules(0), campaigns: [campaign("evil", { kind: "regex", source: "(/?[\\w-]+)+\\.json$" }), campaign("fine", { kind: "glob", source: "/api/*" })] };
    const { revision } = await commitRevision({ environment: env(), compiled: old });
    putSnapshot(KEY, buildSnapshot(envId, 0, rules(0))); // a server starting on that database
    await loadSnapshots();
    expect(JSON.parse(getSnapshot(KEY)!.body.toString()).campaigns.map((c: { id: string }) => c.id)).toEqual(["fine"]);
    await commitRevision({ environment: env(), compiled: rules(5) });
    const { rollback } = await import("./publish");
    await expect(rollback(systemActor(wsId, "test"), "staging", revision)).rejects.toMatchObject({ status: 422, message: expect.stringContaining("doubling with each character") });
  }, 30_000);
});

describe("commitRevision and publish", () => {
  it("lets concurrent publishes of one environment take turns: consecutive numbers, each based on the one before, none failing", async () => {
    const [{ n: before }] = await t.sql.query<{ n: number }>(`SELECT coalesce(max("number"), 0)::int AS n FROM "Revision" WHERE "environmentId" = $1`, [envId]);
    const published = await Promise.all(Array.from({ length: 8 }, (_, i) => commitRevision({ environment: env(), compiled: rules(100 + i) })));
    const numbers = published.map((p) => p.revision).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
    for (const p of published) expect(p.base?.number).toBe(p.revision - 1);
    // whichever order they committed in, the served snapshot is the newest
    expect(getSnapshot(KEY)?.revision).toBe(before + 8);
    const newest = published.find((p) => p.revision === before + 8)!;
    expect(JSON.parse(getSnapshot(KEY)!.body.toString()).settings.minGapMs).toBe(newest.compiled.settings.minGapMs);
  });

  it("publish() compiles inside its turn, from the state current then, and leaves an audit entry", async () => {
    const { revision, compiled } = await publish(systemActor(wsId, "test"), "staging").then(async (r) => ({
      ...r,
      compiled: (await t.prisma.revision.findFirstOrThrow({ where: { environmentId: envId, number: r.revision } })).rules,
    }));
    expect(revision).toBeGreaterThan(1);
    expect(compiled).toEqual(await compileEnvironment(envId));
    const audit = await t.prisma.auditEntry.findFirstOrThrow({ where: { workspaceId: wsId, action: "environment.publish" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toMatchObject({ actor: "test", environment: "staging", revision });
  });

  it("knows every campaign id the environment ever served, from every revision and each new publish", async () => {
    const withIds = (...ids: string[]) => ({
      ...rules(0),
      campaigns: ids.map((id) => ({ id, priority: 0, trigger: { type: "custom", name: "x" }, message: { title: ["t"], body: [], style: "toast", position: "bottom-right", autoDismissMs: 0 }, caps: { perSession: 0 } })),
    });
    await commitRevision({ environment: env(), compiled: withIds("old-one", "kept") as never });
    await commitRevision({ environment: env(), compiled: withIds("kept", "new-one") as never });
    await loadPublishedCampaigns(envId); // as a restarted process reads them
    expect(["old-one", "kept", "new-one", "never"].map((id) => wasPublished(envId, id))).toEqual([true, true, true, false]);
    await commitRevision({ environment: env(), compiled: withIds("latest") as never });
    expect(wasPublished(envId, "latest")).toBe(true);
    expect(wasPublished("an-environment-not-loaded", "x")).toBeUndefined();
  });

  it("refuses stored rules that do not match the contract instead of serving them", async () => {
    const [{ n }] = await t.sql.query<{ n: number }>(`SELECT coalesce(max("number"), 0)::int AS n FROM "Revision" WHERE "environmentId" = $1`, [envId]);
    await t.prisma.revision.create({ data: { environmentId: envId, number: n + 1, rules: { schemaVersion: 1, campaigns: "corrupt" }, etag: "x" } });
    await expect(publish(systemActor(wsId, "test"), "staging")).rejects.toThrow(/campaigns/);
    const served = getSnapshot(KEY)?.revision;
    await loadSnapshots(); // logs the corrupt revision and keeps serving the last good copy
    expect(getSnapshot(KEY)?.revision).toBe(served);
  });
});
