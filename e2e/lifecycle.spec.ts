// The server as an operator runs it: start, stop with SIGTERM under load, start again.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freshDatabaseEnv } from "./fresh-database";
import { demoKey, openStore as openStoreAt, spawnServer, waitHealthy } from "./spawned-server";

const PORT = 3190;
const base = `http://127.0.0.1:${PORT}`;

let dbEnv: Record<string, string> = {};

const start = (dataDir: string, extraEnv: Record<string, string> = {}) =>
  spawnServer(PORT, { DATA_DIR: dataDir, ADMIN_EMAIL: "ops@e2e.test", ADMIN_PASSWORD: "ops-password-1234", ...dbEnv, ...extraEnv });
const openStore = (dataDir: string) => openStoreAt(dataDir, dbEnv.DATABASE_URL);

test("SIGTERM stops the server cleanly and every acknowledged event survives the restart", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "mc-lifecycle-"));
  dbEnv = await freshDatabaseEnv("mc_lifecycle");
  const first = start(dataDir);
  await waitHealthy(first);
  expect(first.output()).toContain("Mea Culpa ready on");
  const key = await demoKey(base);

  const sent: string[][] = [];
  const posts = Array.from({ length: 40 }, () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    sent.push(ids);
    const events = ids.map((id) => ({ id, type: "shown", ts: Date.now(), triggerType: "http_error" }));
    return fetch(`${base}/api/v1/events/${key}`, { method: "POST", body: JSON.stringify({ events }) })
      .then((r) => r.status)
      .catch(() => 0);
  });
  await new Promise((r) => setTimeout(r, 30));
  const stopped = first.stop("SIGTERM");
  const statuses = await Promise.all(posts);
  const code = await stopped;
  expect(code).toBe(0);
  expect(first.output()).toContain("SIGTERM: stopping");
  const acknowledged = sent.filter((_, i) => statuses[i] === 202).flat();
  expect(acknowledged.length).toBeGreaterThan(0);

  // the database opens cleanly and holds every id that was answered 202
  const store = await openStore(dataDir);
  const rows = await store.query<{ id: string }>(`SELECT id::text FROM "Event" WHERE id = ANY($1::uuid[])`, [acknowledged]);
  await store.close();
  expect(rows.length).toBe(acknowledged.length);

  // and the server starts again on the same data, keeping the same keys
  const second = start(dataDir);
  await waitHealthy(second);
  const rules = await fetch(`${base}/api/v1/rules/${key}`);
  expect(rules.status).toBe(200);
  expect(await second.stop("SIGINT")).toBe(0);
});

test("SIGKILL during ingestion load loses no acknowledged event", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "mc-sigkill-"));
  dbEnv = await freshDatabaseEnv("mc_sigkill");
  // all load comes from one address here: lift the per-address limit so the writer is what is tested
  const first = start(dataDir, { EVENTS_PER_SECOND_PER_IP: "1000000" });
  await waitHealthy(first);
  const key = await demoKey(base);

  // 16 clients each send batches of 20 back to back until the process dies under them
  const acknowledged: string[] = [];
  let answered = 0;
  let failed = 0;
  let killed = false;
  const client = async () => {
    while (!killed) {
      const ids = Array.from({ length: 20 }, () => randomUUID());
      const events = ids.map((id) => ({ id, type: "shown", ts: Date.now(), triggerType: "http_error" }));
      try {
        const r = await fetch(`${base}/api/v1/events/${key}`, { method: "POST", body: JSON.stringify({ events }) });
        await r.text(); // an unread body would hold its connection
        answered++;
        if (r.status === 202) acknowledged.push(...ids);
      } catch {
        failed++; // the connection died with the process: not acknowledged, may or may not be stored
      }
    }
  };
  const clients = Array.from({ length: 16 }, client);
  await expect.poll(() => acknowledged.length, { timeout: 30_000 }).toBeGreaterThan(2_000);
  await first.stop("SIGKILL");
  killed = true;
  await Promise.all(clients);
  expect(answered).toBeGreaterThan(100);

  // the data dir recovers, and every id answered 202 is there, counted once in the rollups
  const store = await openStore(dataDir);
  const rows = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE id = ANY($1::uuid[])`, [acknowledged]);
  const [env] = await store.query<{ id: string }>(`SELECT "id" FROM "Environment" WHERE "publicKey" = $1`, [key]);
  const totals = await store.query<{ events: number; rolled: number }>(
    `SELECT (SELECT count(*)::int FROM "Event" WHERE "type" = 'shown' AND "environmentId" = $1) AS events,
            (SELECT coalesce(sum("count"), 0)::int FROM "Rollup" WHERE "granularity" = 'minute' AND "eventType" = 'shown' AND "environmentId" = $1) AS rolled`,
    [env.id],
  );
  await store.close();
  expect(rows[0].n).toBe(acknowledged.length);
  expect(totals[0].rolled).toBe(totals[0].events);
  console.log(`SIGKILL: ${acknowledged.length} events acknowledged, all present; ${failed} requests cut off by the kill`);
});
