// The embedded database's disk fills up, or its directory is read-only: the server says so clearly
// (to the SDK with 503 + Retry-After, to the API with a named error, to admins with a banner, to
// the operator in its log and at start), loses nothing it acknowledged, corrupts nothing, and
// recovers without a restart once there is space again.
//
// A real small filesystem (tmpfs with a size limit) is mounted for the data directory, so the
// errors are the kernel's own ENOSPC and EROFS. PGlite only: DATA_DIR is where it keeps the data
// (PostgreSQL's own disk is PostgreSQL's to report; the outage test covers what we see of it).
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoKey, openStore, spawnServer, waitHealthy, type SpawnedServer } from "./spawned-server";

test.describe.configure({ mode: "serial" });

const PORT = 3207;
const OWNER = { email: "disk-owner@e2e.test", password: "disk-owner-password-1" };
const base = `http://127.0.0.1:${PORT}`;

const mountPoint = mkdtempSync(path.join(tmpdir(), "mc-disk-"));
const dataDir = path.join(mountPoint, "data");
const filler = path.join(mountPoint, "filler");

const HOOK_PORT = 3208;
// alerts every second (so the notice to the alert webhook comes quickly) to a receiver on loopback
const start = () =>
  spawnServer(PORT, { DATA_DIR: dataDir, ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password, NEXTAUTH_URL: base, ALERT_INTERVAL_SECONDS: "1", WEBHOOK_ALLOW_PRIVATE: "1" });
const hooked: string[] = [];
const hook = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    hooked.push((JSON.parse(body) as { text: string }).text);
    res.writeHead(200).end("ok");
  });
});

/** Takes every free byte of the filesystem, as a runaway log or a backup would. */
function fillDisk(): number {
  const chunk = Buffer.alloc(1 << 20, 1);
  const fd = openSync(filler, "a");
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
    // the last partial megabyte: byte by byte is too slow, halve until nothing fits
    for (let size = chunk.length >> 1; size > 0; size >>= 1) {
      try {
        for (;;) written += writeSync(fd, chunk.subarray(0, size));
      } catch {
        /* next smaller size */
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

const batch = () => Array.from({ length: 20 }, () => randomUUID());
const post = (key: string, ids: string[]) =>
  fetch(`${base}/api/v1/events/${key}`, {
    method: "POST",
    body: JSON.stringify({ events: ids.map((id) => ({ id, type: "shown", ts: Date.now(), triggerType: "http_error" })) }),
  });

let server: SpawnedServer | undefined;
/** Events the first test saw acknowledged (all stored): the second checks they survive. */
let storedEvents = 0;

test.beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error("storage-faults.spec.ts mounts a small tmpfs and needs root (CI runs as root)");
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=128m", "tmpfs", mountPoint]);
  return new Promise<void>((r) => hook.listen(HOOK_PORT, "127.0.0.1", r));
});

test.afterAll(async () => {
  hook.close();
  await server?.stop("SIGKILL");
  execFileSync("umount", [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

test("a full disk: events refused with 503 and retried, API errors named, admins warned, nothing lost or corrupted", async ({ page }) => {
  test.setTimeout(180_000);
  server = start();
  await waitHealthy(server);
  const key = await demoKey(base);
  // sign in while there is room: the session is a cookie, so pages keep working once the disk is full
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByTestId("ingest-fault")).toHaveCount(0);
  // an alert rule whose receiver should hear that counting stopped (its threshold is never reached)
  await page.goto(`${base}/alerts`);
  const form = page.getByRole("region", { name: "New alert" });
  await form.getByLabel("Name").fill("Any spike");
  await form.getByLabel("Fire when").selectOption("absolute");
  await form.getByLabel("Threshold").fill("1000000");
  await form.getByLabel(/Webhook URL/).fill(`http://127.0.0.1:${HOOK_PORT}/hook`);
  await form.getByRole("button", { name: "Create alert" }).click();
  await expect(page.getByTestId("alert-result")).toHaveText("Saved alert “Any spike”.");

  const acknowledged: string[] = [];
  const first = batch();
  expect((await post(key, first)).status).toBe(202);
  acknowledged.push(...first);

  const filled = fillDisk();
  expect(filled).toBeGreaterThan(0);

  // pages that already have room still take rows; keep sending until the disk refuses one
  let refused: string[] | undefined;
  let answer: Response | undefined;
  for (let i = 0; i < 500 && !refused; i++) {
    const ids = batch();
    answer = await post(key, ids);
    if (answer.status === 202) acknowledged.push(...ids);
    else refused = ids;
  }
  expect(refused, "the disk never refused a batch").toBeDefined();
  expect(answer!.status).toBe(503);
  expect(answer!.headers.get("retry-after")).toBe("30");
  expect(await answer!.json()).toEqual({ error: { code: "storage_unavailable", message: "Events could not be stored: retry later" } });
  // the next ones too, until space is freed (the SDK keeps them queued and sends them again)
  expect((await post(key, batch())).status).toBe(503);
  expect(server.output()).toMatch(/\[events\] not storing events: the disk holding the database is full \(.*No space left on device\)/);
  // monitors see it; load balancers keep the instance (it still serves rules)
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(200);
  expect((await health.json()).status).toBe("degraded");

  // the people who get alerts are told, once, that counting has stopped
  await expect.poll(() => hooked.filter((t) => t.startsWith("Mea Culpa is not counting apologies")).length, { timeout: 15_000 }).toBe(1);
  expect(hooked[0]).toMatch(/^Mea Culpa is not counting apologies: the disk holding the database is full \(since \d\d:\d\d UTC; [\d,]+ events refused so far/);

  // every admin page says the counts are incomplete
  await page.goto(`${base}/dashboard`);
  const banner = page.getByTestId("ingest-fault");
  await expect(banner).toContainText("Apologies are not being counted: the disk holding the database is full");
  await expect(banner).toContainText("events refused");
  await page.goto(`${base}/trends`);
  await expect(page.getByTestId("ingest-fault")).toBeVisible();

  // the management API names the fault instead of "Internal error", and nothing half-saves
  const conditions = {
    op: "and",
    groups: Array.from({ length: 10 }, () => ({
      op: "and",
      conditions: Array.from({ length: 20 }, () => ({ attr: "plan", type: "string", op: "eq", value: randomBytes(250).toString("hex") })),
    })),
  };
  let apiAnswer: { status: number; body: { error?: { code: string; message: string } } } | undefined;
  const createdNames: string[] = [];
  for (let i = 0; i < 40; i++) {
    const name = `Disk segment ${i}`;
    const r = await page.request.post(`${base}/api/v1/segments`, { data: { name, conditions }, headers: { Origin: base } });
    if (r.status() === 201) {
      createdNames.push(name);
      continue;
    }
    apiAnswer = { status: r.status(), body: await r.json() };
    break;
  }
  expect(apiAnswer, "the disk never refused a segment").toBeDefined();
  expect(apiAnswer!.status).toBe(503);
  expect(apiAnswer!.body.error).toEqual({
    code: "storage_unavailable",
    message: "Not saved: the disk holding the database is full. Nothing was changed; free space or fix the storage on the server, then try again.",
  });
  const { segments } = (await (await page.request.get(`${base}/api/v1/segments`)).json()) as { segments: { name: string }[] };
  expect(segments.map((s) => s.name).filter((n) => n.startsWith("Disk segment")).sort()).toEqual(createdNames.sort());

  // space comes back (no restart): the refused batch is taken when sent again, the banner goes
  rmSync(filler);
  const retried = await post(key, refused!);
  expect(retried.status).toBe(202);
  expect((await retried.json()).accepted).toBe(refused!.length);
  acknowledged.push(...refused!);
  expect(server.output()).toMatch(/\[events\] storing events again after \d+ s; \d+ events were answered 503 meanwhile/);
  expect((await (await fetch(`${base}/api/health`)).json()).status).toBe("ok");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("ingest-fault")).toHaveCount(0);
  await expect.poll(() => hooked.filter((t) => t.startsWith("Mea Culpa is counting apologies again")).length, { timeout: 15_000 }).toBe(1);
  expect(hooked.filter((t) => t.startsWith("Mea Culpa is not counting apologies"))).toHaveLength(1);

  // stopped cleanly, the database opens and holds every acknowledged event exactly once, with
  // rollups that agree with the rows
  expect(await server.stop()).toBe(0);
  const store = await openStore(dataDir);
  try {
    const [found] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event" WHERE id = ANY($1::uuid[])`, [acknowledged]);
    expect(found.n).toBe(acknowledged.length);
    const [totals] = await store.query<{ events: number; rolled: number }>(
      `SELECT (SELECT count(*)::int FROM "Event" WHERE "type" = 'shown') AS events,
              (SELECT coalesce(sum("count"), 0)::int FROM "Rollup" WHERE "granularity" = 'minute' AND "eventType" = 'shown') AS rolled`,
    );
    expect(totals.rolled).toBe(totals.events);
    expect(totals.events).toBe(acknowledged.length);
    storedEvents = totals.events;
    console.log(
      `full disk: ${(filled / 2 ** 20).toFixed(1)} MiB filler; ${acknowledged.length - first.length - refused!.length} events still taken into free pages, ` +
        `then 503; ${createdNames.length} large segments saved before the API's 503; all ${acknowledged.length} acknowledged events stored once`,
    );
  } finally {
    await store.close();
  }
});

test("a full disk or a read-only data directory at start: the server refuses with a message that names it, and the data survives", async () => {
  test.setTimeout(120_000);
  // full
  fillDisk();
  server = start();
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain(`DATA_DIR ${dataDir} is not usable: its disk is full [ENOSPC].`);
  expect(server.output()).toContain("Fix: free space on that disk, or set DATA_DIR to a directory on a larger one. Nothing was changed.");
  rmSync(filler);

  // read-only (a volume mounted read-only by mistake, or remounted after disk errors)
  execFileSync("mount", ["-o", "remount,ro", mountPoint]);
  try {
    server = start();
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`DATA_DIR ${dataDir} is not usable: it is on a read-only file system [EROFS].`);
    expect(server.output()).toContain("Fix: mount it read-write, or set DATA_DIR to a writable directory.");
  } finally {
    execFileSync("mount", ["-o", "remount,rw", mountPoint]);
  }

  // writable again: it starts on the same data, with the same keys and the events of the first test
  server = start();
  await waitHealthy(server);
  const key = await demoKey(base);
  expect((await fetch(`${base}/api/v1/rules/${key}`)).status).toBe(200);
  expect(await server.stop()).toBe(0);
  const store = await openStore(dataDir);
  try {
    const [row] = await store.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Event"`);
    expect(storedEvents).toBeGreaterThan(0);
    expect(row.n).toBe(storedEvents);
  } finally {
    await store.close();
  }
});
