// Saving an alert rule, as the server actions and API do, with the default setting: webhooks must
// reach public addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { memoryDb, useAsProcessDb, type TestDb } from "@/lib/testing/memory-db";
import { createAlertRule, deleteAlertRule, MAX_ALERT_RULES, updateAlertRule } from "./mutations";
import { listAlertRules, listFirings } from "./queries";
import { alertRuleInput } from "./schemas";
import { privateLiteralHost } from "./webhook";

delete process.env.WEBHOOK_ALLOW_PRIVATE;

let t: TestDb;
let restoreDb = () => {};
const actor: Actor = { workspaceId: "wm", role: "editor", userId: null, label: "test" };
const input = (webhookUrl: string) =>
  alertRuleInput.parse({ name: "Spike", environment: "production", metric: "shown", scope: { kind: "all" }, windowMinutes: 15, mode: "absolute", threshold: 10, webhookUrl, cooldownMinutes: 60 });

beforeAll(async () => {
  t = await memoryDb();
  restoreDb = useAsProcessDb(t);
  await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wm','W','wm', now())`);
});
afterAll(async () => {
  restoreDb();
  await t?.close();
});

describe("alert rule webhooks", () => {
  it("refuses a plainly private receiver when saving, naming the field, and saves a public one", async () => {
    for (const url of ["http://127.0.0.1:9000/hook", "http://localhost/hook", "http://[::1]/hook", "http://169.254.169.254/", "http://192.168.1.20/hook", "http://chat.localhost/hook"]) {
      await expect(createAlertRule(actor, input(url)), url).rejects.toMatchObject({ status: 422, field: "webhookUrl", message: expect.stringMatching(/^must reach a public address: \S+ is not one/) });
    }
    const saved = await createAlertRule(actor, input("https://hooks.example.test/services/T000/B000/xyz"));
    await expect(updateAlertRule(actor, saved.id, input("http://10.0.0.7/hook"))).rejects.toMatchObject({ field: "webhookUrl" });
    expect((await listAlertRules("wm", { revealSecrets: true })).map((r) => r.webhookUrl)).toEqual(["https://hooks.example.test/services/T000/B000/xyz"]);
    // a member who may not edit the rule never receives the token
    expect((await listAlertRules("wm")).map((r) => r.webhookUrl)).toEqual(["https://hooks.example.test/…"]);
  });

  it("leaves names to be checked after DNS at delivery", () => {
    expect(privateLiteralHost("https://hooks.slack.example/x")).toBeUndefined();
    expect(privateLiteralHost("http://8.8.8.8/x")).toBeUndefined();
    expect(privateLiteralHost("http://[fd00::1]/x")).toBe("fd00::1");
  });
});

describe("alert history", () => {
  it("outlives the rule: a deleted rule's firings stay, under the name it had, marked as deleted", async () => {
    const rule = await createAlertRule(actor, { ...input("https://hooks.example.test/a"), name: "Checkout spike" });
    await t.sql.query(
      `INSERT INTO "AlertFiring" ("id","workspaceId","alertRuleId","ruleName","windowEnd","value","message") VALUES ('f1','wm',$1,'Checkout spike', now(), 12, 'fired')`,
      [rule.id],
    );
    expect((await listFirings("wm")).map((f) => [f.ruleId, f.ruleName])).toEqual([[rule.id, "Checkout spike"]]);
    await deleteAlertRule(actor, rule.id);
    expect((await listFirings("wm")).map((f) => [f.ruleId, f.ruleName, f.value])).toEqual([[null, "Checkout spike", 12]]);
    expect(await listFirings("another-workspace")).toEqual([]);
  });
});

describe("alert rules per workspace", () => {
  it("stops at MAX_ALERT_RULES with a message saying what to do", async () => {
    await t.sql.query(`INSERT INTO "Workspace" ("id","name","slug","updatedAt") VALUES ('wcap','Cap','wcap', now())`);
    const capped: Actor = { ...actor, workspaceId: "wcap" };
    for (let i = 0; i < MAX_ALERT_RULES; i++) await createAlertRule(capped, input("https://hooks.example.test/x"));
    await expect(createAlertRule(capped, input("https://hooks.example.test/x"))).rejects.toMatchObject({ status: 409, message: expect.stringContaining(`at most ${MAX_ALERT_RULES} alert rules`) });
  });
});
