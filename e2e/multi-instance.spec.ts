// Two stateless instances on one PostgreSQL, as behind a load balancer (run by npm run test:pg):
// a publish through one is served by the other, events sent to both are counted once, rollups
// stay exact under concurrent writers, an alert fires once, and both ride out a database outage.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { expect, request as pwRequest, test, type APIRequestContext } from "@playwright/test";
import { Pool } from "pg";
import { login } from "./fixtures";

test.describe.configure({ mode: "serial" });

const PORTS = [3301, 3302] as const;
const HOOK_PORT = 3303;
const url = process.env.DATABASE_URL!;
const procs: ChildProcess[] = [];
let pool: Pool;
let key = "";
let envId = "";
const base = (i: number) => `http://127.0.0.1:${PORTS[i]}`;

function pgCtl(action: "start" | "stop") {
  const c = JSON.parse(process.env.PG_TEST_CTL!) as { bin: string; data: string; dir: string; port: number; asRoot: boolean };
  const args = [
    "-D", c.data, "-l", path.join(c.dir, "log"), "-w",
    ...(action === "start" ? ["-o", `-c listen_addresses=127.0.0.1 -p ${c.port} -k ${c.dir} -c fsync=off -c max_connections=300`, "start"] : ["-m", "fast", "stop"]),
  ];
  const cmd = path.join(c.bin, "pg_ctl");
  if (c.asRoot) execFileSync("su", ["postgres", "-c", [cmd, ...args].map((a) => `'${a}'`).join(" ")], { stdio: "pipe" });
  else execFileSync(cmd, args, { stdio: "pipe" });
}

async function healthy(i: number, want = 200): Promise<void> {
  await expect.poll(async () => (await fetch(`${base(i)}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000 }).toBe(want);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pool = new Pool({ connectionString: url, max: 4 });
  for (const [i, port] of PORTS.entries()) {
    const p = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: { ...process.env, NODE_ENV: "production", PORT: String(port), ALERT_INTERVAL_SECONDS: "1", EVENTS_PER_SECOND_PER_IP: "1000000", DATABASE_POOL_SIZE: "8", WEBHOOK_ALLOW_PRIVATE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    p.stdout!.on("data", (d) => (out += d));
    p.stderr!.on("data", (d) => (out += d));
    p.on("exit", (code) => {
      if (code) console.error(`instance on ${port} exited ${code}:\n${out.slice(-2000)}`);
    });
    procs.push(p);
    await healthy(i);
  }
  const [row] = (await pool.query(`SELECT e."id", e."publicKey" FROM "Environment" e JOIN "Workspace" w ON w."id" = e."workspaceId" WHERE w."slug" = 'demo' AND e."name" = 'production'`)).rows;
  key = row.publicKey;
  envId = row.id;
});

test.afterAll(async () => {
  for (const p of procs) p.kill("SIGTERM");
  await Promise.all(procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.on("exit", r)))));
  await pool?.end();
});

test("a publish through instance A is served by instance B within 5 s", async () => {
  const a: APIRequestContext = await pwRequest.newContext({ baseURL: base(0) });
  await login({ request: a }, "owner");
  const created = await a.post("/api/v1/campaigns", {
    data: { name: "Multi-instance apology", trigger: { name: "MI trigger", definition: { type: "custom", name: "mi_failed" } }, message: { title: "Sorry", body: "On it." } },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();
  expect((await a.patch(`/api/v1/campaigns/${id}`, { data: { status: "active" } })).status()).toBe(200);
  expect((await a.post("/api/v1/environments/production/publish")).status()).toBe(200);
  const published = Date.now();
  await expect
    .poll(async () => ((await (await fetch(`${base(1)}/api/v1/rules/${key}`)).json()) as { campaigns: { id: string }[] }).campaigns.some((c) => c.id === id), {
      timeout: 5_000,
      intervals: [100],
    })
    .toBe(true);
  console.log(`publish on A → served by B after ${Date.now() - published} ms`);
  await a.dispose();
});

test("events sent to both instances are counted once, and rollups stay exact under concurrent writers", async () => {
  const ids = Array.from({ length: 2_000 }, () => randomUUID());
  const ts = Date.now();
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += 20) batches.push(ids.slice(i, i + 20));
  let accepted = 0;
  let duplicates = 0;
  // every batch goes to both instances at once, from 10 concurrent clients per instance
  const queue = [...batches];
  // events may only name a campaign the environment serves (issue #19): take one it does
  const mi = ((await (await fetch(`${base(0)}/api/v1/rules/${key}`)).json()) as { campaigns: { id: string }[] }).campaigns[0].id;
  const client = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const body = JSON.stringify({ events: b.map((id) => ({ id, type: "shown", ts, campaignId: mi, triggerType: "custom" })) });
      const answers = await Promise.all(PORTS.map((_, i) => fetch(`${base(i)}/api/v1/events/${key}`, { method: "POST", body }).then((r) => r.json())));
      for (const r of answers) {
        accepted += r.accepted;
        duplicates += r.duplicates;
      }
    }
  };
  await Promise.all(Array.from({ length: 10 }, client));
  expect(accepted).toBe(ids.length);
  expect(duplicates).toBe(ids.length);
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM "Event" WHERE "id" = ANY($1::uuid[])) AS events,
            (SELECT sum("count")::int FROM "Rollup" WHERE "environmentId" = $2 AND "campaignId" = $3 AND "triggerType" = 'custom' AND "granularity" = 'minute') AS minute,
            (SELECT sum("count")::int FROM "Rollup" WHERE "environmentId" = $2 AND "campaignId" = $3 AND "triggerType" = 'custom' AND "granularity" = 'hour') AS hour,
            (SELECT sum("count")::int FROM "Rollup" WHERE "environmentId" = $2 AND "campaignId" = $3 AND "triggerType" = 'custom' AND "granularity" = 'day') AS day`,
    [ids, envId, mi],
  );
  expect(rows[0]).toEqual({ events: ids.length, minute: ids.length, hour: ids.length, day: ids.length });
});

test("an alert is evaluated by both instances every second but fires once", async () => {
  const hooked: string[] = [];
  const hook: Server = createServer((req, res) => {
    let b = "";
    req.on("data", (c) => (b += c));
    req.on("end", () => {
      hooked.push(b);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(HOOK_PORT, "127.0.0.1", r));
  try {
    const [{ workspaceId }] = (await pool.query(`SELECT "workspaceId" FROM "Environment" WHERE "id" = $1`, [envId])).rows;
    await pool.query(
      `INSERT INTO "AlertRule" ("id","workspaceId","name","environment","metric","scope","windowMinutes","mode","threshold","webhookUrl","cooldownMinutes")
       VALUES ($1, $2, 'MI spike', 'production', 'shown', '{"kind":"all"}', 60, 'absolute', 1, $3, 600)`,
      [randomUUID(), workspaceId, `http://127.0.0.1:${HOOK_PORT}/hook`],
    );
    await expect.poll(() => hooked.length, { timeout: 15_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 4_000)); // four more evaluations on each instance
    expect(hooked).toHaveLength(1);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "AlertFiring" f JOIN "AlertRule" r ON r."id" = f."alertRuleId" WHERE r."name" = 'MI spike'`);
    expect(rows[0].n).toBe(1);
  } finally {
    hook.close();
  }
});

test("with PostgreSQL down both keep serving cached rules and report 503; they recover without a restart", async () => {
  test.setTimeout(180_000);
  await pool.end();
  pgCtl("stop");
  try {
    await healthy(0, 503);
    await healthy(1, 503);
    for (const i of [0, 1]) {
      const rules = await fetch(`${base(i)}/api/v1/rules/${key}`);
      expect(rules.status).toBe(200);
      expect(((await rules.json()) as { campaigns: unknown[] }).campaigns.length).toBeGreaterThan(0);
      const ev = await fetch(`${base(i)}/api/v1/events/${key}`, { method: "POST", body: JSON.stringify({ events: [{ id: randomUUID(), type: "session", ts: Date.now() }] }) });
      expect(ev.status).toBe(503); // not stored: the SDK keeps it and retries
      expect(Number(ev.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  } finally {
    pgCtl("start");
  }
  pool = new Pool({ connectionString: url, max: 4 });
  await healthy(0);
  await healthy(1);
  const id = randomUUID();
  const ev = await fetch(`${base(1)}/api/v1/events/${key}`, { method: "POST", body: JSON.stringify({ events: [{ id, type: "session", ts: Date.now() }] }) });
  expect(ev.status).toBe(202);
  expect((await pool.query(`SELECT 1 FROM "Event" WHERE "id" = $1`, [id])).rows).toHaveLength(1);
});
