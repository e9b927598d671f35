// Publish → new ETag served, on one instance: from the publish call to the first request that
// gets the new revision. Baseline in the same run: one single-row insert through the same client.
import { createServer } from "node:http";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteSql, type DbHandle } from "@/lib/db";
import { BatchWriter } from "@/lib/events/batch-writer";
import { applyPendingMigrations } from "@/lib/migrations/schema-engine";
import { systemActor } from "@/lib/auth/actor";
import { publish } from "@/lib/publishing/publish";
import { createFastPath } from "@/lib/server/fast-path";

export async function benchPublish(): Promise<string[]> {
  const pg = new PGlite("memory://bench-publish");
  const adapterFactory = new PrismaPGlite(pg);
  await applyPendingMigrations(adapterFactory);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  const handle: DbHandle = { kind: "pglite", prisma, sql: pgliteSql(pg), adapterFactory, close: () => pg.close() };
  (globalThis as unknown as { __meaCulpaDb?: DbHandle }).__meaCulpaDb = handle;

  const ws = await prisma.workspace.create({
    data: { name: "Bench", slug: "bench", environments: { create: [{ name: "staging", publicKey: "pk_benchpublish0001" }] } },
    include: { environments: true },
  });
  const trigger = await prisma.trigger.create({
    data: { workspaceId: ws.id, name: "t", type: "custom", config: { type: "custom", name: "x" } },
  });
  for (let i = 0; i < 20; i++) {
    await prisma.campaign.create({
      data: {
        workspaceId: ws.id,
        name: `c${i}`,
        status: "active",
        priority: i,
        triggerId: trigger.id,
        message: { title: "Sorry <<name|there>>", body: "We are on it.", style: "toast", position: "bottom-right", autoDismissMs: 8000 },
      },
    });
  }
  const fast = createFastPath({ writer: new BatchWriter({ sql: handle.sql }) });
  const server = createServer((req, res) => void (fast(req, res) || res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/rules/pk_benchpublish0001`;
  // the same entry point the admin app and API use: permission, revision, snapshot, audit
  const actor = systemActor(ws.id, "bench");
  await publish(actor, "staging");

  const served: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const before = (await fetch(url)).headers.get("etag");
    await prisma.campaign.updateMany({ where: { workspaceId: ws.id, name: "c0" }, data: { priority: 1000 + i } });
    const t0 = performance.now();
    await publish(actor, "staging");
    let etag = before;
    while (etag === before) etag = (await fetch(url)).headers.get("etag");
    served.push(performance.now() - t0);
    const t1 = performance.now();
    await prisma.auditEntry.create({ data: { workspaceId: ws.id, action: "bench", targetType: "bench", data: { i } } });
    writes.push(performance.now() - t1);
  }
  server.close();
  await prisma.$disconnect();
  await pg.close();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [
    `publish→new ETag served: median ${med(served).toFixed(1)} ms, max ${Math.max(...served).toFixed(1)} ms (budget ≤ 1000 ms) | baseline one row insert ${med(writes).toFixed(1)} ms | ratio ${(med(served) / med(writes)).toFixed(1)}×`,
  ];
}
