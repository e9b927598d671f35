import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { noteStoreFailure, noteStoreSuccess } from "@/lib/events/ingest-health";
import { memoryDb, type TestDb } from "@/lib/testing/memory-db";
import { sendIngestNotices } from "./ingest-notice";

// the receiver listens on loopback
process.env.WEBHOOK_ALLOW_PRIVATE = "1";

let t: TestDb;
let receiver: Server;
const received: { path: string; text: string }[] = [];

beforeAll(async () => {
  t = await memoryDb();
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ path: req.url!, text: JSON.parse(body).text });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const hook = (p: string) => `http://127.0.0.1:${(receiver.address() as { port: number }).port}${p}`;
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('w1','A','a', now()), ('w2','B','b', now())`);
  // two rules share a receiver, one is switched off, one is in another workspace
  for (const [id, ws, url, enabled] of [["r1", "w1", hook("/team"), true], ["r2", "w1", hook("/team"), true], ["r3", "w1", hook("/off"), false], ["r4", "w2", hook("/other"), true]] as const) {
    await t.sql.query(
      `INSERT INTO "AlertRule" ("id","workspaceId","name","environment","metric","scope","windowMinutes","mode","threshold","webhookUrl","cooldownMinutes","enabled","updatedAt")
       VALUES ($1,$2,'Spike','production','shown','{"kind":"all"}',15,'absolute',5,$3,60,$4, now())`,
      [id, ws, url, enabled],
    );
  }
});
afterAll(async () => {
  receiver?.close();
  await t?.close();
});

describe("notices to the alert webhooks when events cannot be stored", () => {
  it("tell every enabled receiver once after a minute of failures, and once when counting resumes", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    const full = Object.assign(new Error("could not extend file: No space left on device"), { code: "53100" });
    const t0 = Date.UTC(2026, 10, 27, 1, 2, 0);
    noteStoreFailure(full, 20, t0);
    expect(await sendIngestNotices(t.sql, { now: t0 + 30_000 })).toBe(0); // a hiccup is not news
    noteStoreFailure(full, 1220, t0 + 50_000);
    expect(await sendIngestNotices(t.sql, { now: t0 + 61_000 })).toBe(2);
    expect(received.map((r) => r.path).sort()).toEqual(["/other", "/team"]);
    expect(received[0].text).toBe(
      "Mea Culpa is not counting apologies: the disk holding the database is full (since 01:02 UTC; 1,240 events refused so far, which browsers will send again). Alerts on counts cannot fire until it is fixed.",
    );
    expect(await sendIngestNotices(t.sql, { now: t0 + 120_000 })).toBe(0); // once per outage

    noteStoreSuccess(t0 + 12 * 60_000);
    expect(await sendIngestNotices(t.sql, { now: t0 + 12 * 60_000 + 1000 })).toBe(2);
    expect(received.slice(2).map((r) => r.text)).toEqual([
      "Mea Culpa is counting apologies again after 12 min; 1,240 events were refused meanwhile (browsers send them again).",
      "Mea Culpa is counting apologies again after 12 min; 1,240 events were refused meanwhile (browsers send them again).",
    ]);
    expect(await sendIngestNotices(t.sql, { now: t0 + 20 * 60_000 })).toBe(0);

    // a short run of failures, over before anyone was told: no notice either way
    noteStoreFailure(full, 20, t0 + 30 * 60_000);
    noteStoreSuccess(t0 + 30 * 60_000 + 20_000);
    expect(await sendIngestNotices(t.sql, { now: t0 + 32 * 60_000 })).toBe(0);
    expect(received).toHaveLength(4);
    vi.restoreAllMocks();
  });
});
