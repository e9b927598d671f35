import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BatchWriter } from "@/lib/events/batch-writer";
import type { SdkEvent } from "@/lib/events/schemas";
import { pruneOldData } from "@/lib/stats/retention";
import { memoryDb } from "@/lib/testing/memory-db";
import { ALERT_CONCURRENCY_PER_WORKSPACE, evaluateAlerts, shouldFire } from "./evaluate";
import { alertRuleInput } from "./schemas";
import { deliverWebhook, isPublicAddress } from "./webhook";

// the receiver below listens on loopback, which deliveries refuse unless allowed
process.env.WEBHOOK_ALLOW_PRIVATE = "1";

let db: Awaited<ReturnType<typeof memoryDb>>;
let writer: BatchWriter;
let receiver: Server;
let hookUrl = "";
const received: { text: string; blocks: { text: { text: string } }[] }[] = [];
let answer = 200;
const MIN = 60_000;
const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 26, 15, 30, 10);

const shown = (ts: number, campaignId = "c1", triggerType: SdkEvent["triggerType"] = "http_error"): SdkEvent =>
  ({ id: randomUUID(), type: "shown", ts, campaignId, triggerType }) as SdkEvent;

async function rule(values: Record<string, unknown>) {
  const id = randomUUID();
  await db.sql.query(
    `INSERT INTO "AlertRule" ("id","workspaceId","name","environment","metric","scope","windowMinutes","mode","threshold","webhookUrl","cooldownMinutes")
     VALUES ($1,'w1',$2,'production',$3,$4::jsonb,$5,$6,$7,$8,$9)`,
    [id, values.name ?? "Spike", values.metric ?? "shown", JSON.stringify(values.scope ?? { kind: "all" }), values.windowMinutes ?? 15, values.mode ?? "absolute", values.threshold ?? 5, values.webhookUrl ?? hookUrl, values.cooldownMinutes ?? 60],
  );
  return id;
}

beforeAll(async () => {
  db = await memoryDb();
  writer = new BatchWriter({ sql: db.sql });
  await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w1','W','w', now())`);
  await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('env1','w1','production','pk_1')`);
  await db.sql.query(`INSERT INTO "Trigger" ("id","workspaceId","name","type","config","updatedAt") VALUES ('t1','w1','T','http_error','{}', now())`);
  await db.sql.query(`INSERT INTO "Campaign" ("id","workspaceId","name","triggerId","message","updatedAt") VALUES ('c1','w1','Checkout <b>down</b>','t1','{}', now())`);
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(JSON.parse(body));
      res.writeHead(answer).end(answer === 200 ? "ok" : "nope");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
});
afterAll(async () => {
  receiver?.close();
  await db?.close();
});
beforeEach(async () => {
  received.length = 0;
  answer = 200;
  await db.sql.query(`DELETE FROM "AlertFiring"`); // outlives its rule (SET NULL), so cleared on its own
  await db.sql.query(`DELETE FROM "AlertRule"`);
  await db.sql.query(`DELETE FROM "Rollup"`);
  await db.sql.query(`DELETE FROM "Event"`);
});

describe("alert evaluation", () => {
  it("fires once to the webhook with a Slack-compatible body, then respects the cooldown", async () => {
    await rule({ threshold: 5, windowMinutes: 15, cooldownMinutes: 30 });
    await writer.write("env1", [0, 1, 2, 3].map((i) => shown(now - i * MIN)));
    expect(await evaluateAlerts(db.sql, { now })).toEqual([]); // 4 < 5
    await writer.write("env1", [shown(now - 5 * MIN)]);
    const fired = await evaluateAlerts(db.sql, { now, publicUrl: "https://mc.example.test" });
    expect(fired).toMatchObject([{ value: 5, delivered: true, response: "HTTP 200: ok" }]);
    expect(received).toHaveLength(1);
    expect(received[0].text).toBe("Mea Culpa alert “Spike”: apologies shown 5 in the last 15 min (production, all campaigns); threshold 5.");
    expect(received[0].blocks[0].text.text).toContain("<https://mc.example.test/dashboard|Open the live canary>");
    // still above the threshold a minute later: the cooldown holds it back
    expect(await evaluateAlerts(db.sql, { now: now + MIN })).toEqual([]);
    // after the cooldown it can fire again
    await writer.write("env1", [0, 1, 2, 3, 4].map((i) => shown(now + 30 * MIN - i * MIN)));
    expect(await evaluateAlerts(db.sql, { now: now + 31 * MIN })).toHaveLength(1);
    const history = await db.sql.query<{ value: number; delivered: boolean }>(`SELECT "value", "delivered" FROM "AlertFiring" ORDER BY "firedAt"`);
    expect(history).toEqual([
      { value: 5, delivered: true },
      { value: 5, delivered: true },
    ]);
  });

  it("compares with the same window on the prior 7 days in baseline mode", async () => {
    await rule({ mode: "baseline", threshold: 3, windowMinutes: 10 });
    // usual level: 2 per 10 minutes at this time of day
    const usual: SdkEvent[] = [];
    for (let d = 1; d <= 7; d++) usual.push(shown(now - d * DAY - MIN), shown(now - d * DAY - 2 * MIN));
    // outside the window on those days: not part of the baseline
    usual.push(shown(now - DAY - 30 * MIN));
    await writer.write("env1", usual);
    await writer.write("env1", [1, 2, 3, 4, 5].map((i) => shown(now - i * MIN)));
    expect(await evaluateAlerts(db.sql, { now })).toEqual([]); // 5 < 3 × 2
    await writer.write("env1", [shown(now - 6 * MIN)]);
    const [f] = await evaluateAlerts(db.sql, { now });
    expect(f).toMatchObject({ value: 6, baseline: 2 });
    expect(received[0].text).toContain("3× the usual 2 (alert at ×3)");
  });

  it("scopes to one campaign, names it as text, and records a failed delivery", async () => {
    await rule({ scope: { kind: "campaign", campaignId: "c1" }, threshold: 2 });
    await writer.write("env1", [shown(now, "c1"), shown(now, "other"), shown(now, "other")]);
    expect(await evaluateAlerts(db.sql, { now })).toEqual([]); // only 1 for c1: the others are not in scope
    await writer.write("env1", [shown(now, "c1")]);
    answer = 500;
    const [f] = await evaluateAlerts(db.sql, { now });
    expect(f).toMatchObject({ value: 2, delivered: false, response: "HTTP 500: nope" });
    expect(received[0].text).toContain("campaign “Checkout <b>down</b>”");
    expect(received[0].blocks[0].text.text).toContain("campaign “Checkout &lt;b&gt;down&lt;/b&gt;”");
    const [h] = await db.sql.query<{ delivered: boolean; response: string }>(`SELECT "delivered", "response" FROM "AlertFiring"`);
    expect(h).toEqual({ delivered: false, response: "HTTP 500: nope" });
  });

  it("fires exactly once when several instances evaluate at the same moment", async () => {
    await rule({ threshold: 1 });
    await writer.write("env1", [shown(now)]);
    const results = await Promise.all([evaluateAlerts(db.sql, { now }), evaluateAlerts(db.sql, { now }), evaluateAlerts(db.sql, { now })]);
    expect(results.flat()).toHaveLength(1);
    expect(received).toHaveLength(1);
  });

  it("one workspace's dead receivers hold two slots at most: another workspace's alert is delivered meanwhile", async () => {
    // a receiver that keeps every request open until the test lets go
    const held: import("node:http").ServerResponse[] = [];
    const dead = createServer((req, res) => void req.resume().on("end", () => held.push(res)));
    await new Promise<void>((r) => dead.listen(0, "127.0.0.1", r));
    const deadUrl = `http://127.0.0.1:${(dead.address() as { port: number }).port}/hook`;
    await db.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w2','W2','w2', now()) ON CONFLICT DO NOTHING`);
    await db.sql.query(`INSERT INTO "Environment" ("id","workspaceId","name","publicKey") VALUES ('env2','w2','production','pk_2') ON CONFLICT DO NOTHING`);
    for (let i = 0; i < 10; i++) await rule({ name: `Dead ${i}`, threshold: 1, webhookUrl: deadUrl });
    const other = randomUUID();
    await db.sql.query(
      `INSERT INTO "AlertRule" ("id","workspaceId","name","environment","metric","scope","windowMinutes","mode","threshold","webhookUrl","cooldownMinutes")
       VALUES ($1,'w2','Other team','production','shown','{"kind":"all"}'::jsonb,15,'absolute',1,$2,60)`,
      [other, hookUrl],
    );
    await writer.write("env1", [shown(now)]);
    await writer.write("env2", [shown(now)]);
    const pass = evaluateAlerts(db.sql, { now });
    await expect.poll(() => received.map((r) => r.text.includes("Other team")).includes(true), { timeout: 10_000 }).toBe(true);
    expect(held.length).toBeLessThanOrEqual(ALERT_CONCURRENCY_PER_WORKSPACE);
    // let the dead receivers answer, two at a time as slots free, until all ten have
    while ((await Promise.race([pass.then(() => "done"), new Promise((r) => setTimeout(r, 50, "wait"))])) !== "done") {
      expect(held.length).toBeLessThanOrEqual(ALERT_CONCURRENCY_PER_WORKSPACE);
      for (const res of held.splice(0)) res.writeHead(200).end("ok");
    }
    expect((await pass).filter((f) => f.delivered)).toHaveLength(11);
    dead.close();
    await db.sql.query(`DELETE FROM "AlertFiring"`);
    await db.sql.query(`DELETE FROM "AlertRule" WHERE "workspaceId" = 'w2'`);
  });

  it("decides with a usual level of 0 counted as 1", () => {
    expect(shouldFire({ mode: "baseline", threshold: 2 }, { value: 2, baseline: 0 })).toBe(true);
    expect(shouldFire({ mode: "baseline", threshold: 2 }, { value: 1, baseline: 0 })).toBe(false);
    expect(shouldFire({ mode: "absolute", threshold: 10 }, { value: 9, baseline: 100 })).toBe(false);
  });
});

describe("alert rule input", () => {
  const valid = { name: "Spike", environment: "production", metric: "shown", scope: { kind: "all" }, windowMinutes: 15, mode: "absolute", threshold: 10, webhookUrl: "https://hooks.example.test/x", cooldownMinutes: 60 };
  const issue = (patch: object) => alertRuleInput.safeParse({ ...valid, ...patch }).error?.issues[0];
  it("accepts a complete rule and names the field of a bad one", () => {
    expect(alertRuleInput.safeParse(valid).success).toBe(true);
    expect(issue({ webhookUrl: "javascript:alert(1)" })?.path).toEqual(["webhookUrl"]);
    expect(issue({ windowMinutes: 0 })?.path).toEqual(["windowMinutes"]);
    expect(issue({ mode: "baseline", threshold: 0.5 })?.path).toEqual(["threshold"]);
    expect(issue({ scope: { kind: "campaign", campaignId: "" } })?.path).toEqual(["scope", "campaignId"]);
  });
});

describe("retention", () => {
  it("prunes raw events after the retention and minute rollups after 14 days, keeping hours and days", async () => {
    await writer.write("env1", [shown(now - 40 * DAY), shown(now - 20 * DAY), shown(now - DAY)]);
    const r = await pruneOldData(db.sql, { eventRetentionDays: 30, now });
    expect(r.events).toBe(1);
    expect(r.rollups).toBe(2); // the minute rows of the 40- and 20-day-old events
    const left = await db.sql.query<{ granularity: string; n: string }>(
      `SELECT "granularity"::text AS granularity, sum("count")::text AS n FROM "Rollup" GROUP BY 1 ORDER BY 1`,
    );
    expect(left).toEqual([
      { granularity: "day", n: "3" },
      { granularity: "hour", n: "3" },
      { granularity: "minute", n: "1" },
    ]);
  });
});

describe("webhook delivery", () => {
  const port = () => new URL(hookUrl).port;

  it("refuses loopback, private and link-local receivers unless allowed, checking the address DNS gives", async () => {
    const body = { text: "hello" };
    for (const url of [hookUrl, `http://localhost:${port()}/hook`, `http://[::ffff:127.0.0.1]:${port()}/hook`, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/hook"]) {
      const r = await deliverWebhook(url, body, { allowPrivate: false, timeoutMs: 2000 });
      expect(r.ok, url).toBe(false);
      expect(r.response, url).toMatch(/^refused: \S+ is not a public address \(set WEBHOOK_ALLOW_PRIVATE=1 on the server to allow private receivers\)$/);
    }
    expect(received).toHaveLength(0);
    const allowed = await deliverWebhook(`http://localhost:${port()}/hook`, body, { allowPrivate: true });
    expect(allowed).toEqual({ ok: true, response: "HTTP 200: ok" });
    expect(received).toEqual([body]);
  });

  it("reports a receiver that does not answer in time, and one that refuses", async () => {
    const silent = createServer(() => {}); // takes the request, never answers
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/`;
      expect(await deliverWebhook(url, {}, { allowPrivate: true, timeoutMs: 300 })).toEqual({ ok: false, response: "no answer within 0.3 s" });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    answer = 500;
    expect(await deliverWebhook(hookUrl, { text: "x" }, { allowPrivate: true })).toEqual({ ok: false, response: "HTTP 500: nope" });
    const closed = await deliverWebhook("http://127.0.0.1:1/", {}, { allowPrivate: true });
    expect(closed.response).toMatch(/^could not connect: .*ECONNREFUSED/);
  });

  it("calls only globally routable unicast addresses public", () => {
    for (const ip of ["8.8.8.8", "2001:4860:4860::8888", "1.1.1.1"]) expect(isPublicAddress(ip), ip).toBe(true);
    for (const ip of ["127.0.0.1", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "fe80::1", "fd00::1", "100.64.0.1", "0.0.0.0", "::ffff:10.0.0.1", "not-an-ip"]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });
});
