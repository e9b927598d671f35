import { describe, expect, it } from "vitest";
import { audienceMatches, conditionMatches } from "./audience";
import { bucket, fnv1a } from "./bucket";
import type { CompiledCampaign, CompiledRules, Condition, Schedule } from "./contract";
import { compiledRules } from "./contract";
import { evaluate, pickCopy, recordShown, type CapState } from "./evaluate";
import { scheduleOpen } from "./schedule";
import { withOpenWindows } from "./schedule-windows";

const c = (attr: string, op: Condition["op"], type: Condition["type"], value?: Condition["value"]): Condition => ({ attr, op, type, value });

describe("audience conditions", () => {
  const user = { plan: "pro", seats: 12, beta: true, signedUp: "2026-01-15", email: "jackie@shop.test" };
  const page = { path: "/checkout/pay", device: "mobile" as const, locale: "fr-CA" };
  it.each([
    [c("plan", "eq", "string", "pro"), true],
    [c("plan", "neq", "string", "pro"), false],
    [c("plan", "in", "string", ["free", "pro"]), true],
    [c("plan", "nin", "string", ["free", "pro"]), false],
    [c("email", "contains", "string", "@shop."), true],
    [c("email", "starts", "string", "jackie"), true],
    [c("seats", "gt", "number", 10), true],
    [c("seats", "gte", "number", 12), true],
    [c("seats", "lt", "number", 12), false],
    [c("seats", "lte", "number", "12"), true],
    [c("beta", "eq", "boolean", true), true],
    [c("signedUp", "gt", "date", "2026-01-01"), true],
    [c("signedUp", "lt", "date", "2026-01-01"), false],
    [c("company", "exists", "string"), false],
    [c("company", "nexists", "string"), true],
    [c("company", "neq", "string", "acme"), true],
    [c("$path", "starts", "string", "/checkout"), true],
    [c("$device", "eq", "string", "mobile"), true],
    [c("$locale", "starts", "string", "fr"), true],
    [c("seats", "gt", "number", "not a number"), false],
  ])("%o → %s", (cond, expected) => {
    expect(conditionMatches(cond, user, page)).toBe(expected);
  });

  it("combines groups with AND/OR one level deep", () => {
    const pro = { op: "and" as const, conditions: [c("plan", "eq", "string", "pro"), c("beta", "eq", "boolean", true)] };
    const desktop = { op: "or" as const, conditions: [c("$device", "eq", "string", "desktop")] };
    expect(audienceMatches({ op: "and", groups: [pro, desktop] }, user, page)).toBe(false);
    expect(audienceMatches({ op: "or", groups: [pro, desktop] }, user, page)).toBe(true);
    expect(audienceMatches(undefined, {}, {})).toBe(true);
  });
});

describe("buckets", () => {
  it("are deterministic and spread evenly", () => {
    expect(fnv1a("hello")).toBe(0x4f9f2cab);
    expect(bucket("rollout", "c1", "u1")).toBe(bucket("rollout", "c1", "u1"));
    const inTen = Array.from({ length: 10_000 }, (_, i) => bucket("rollout", "c1", `user-${i}`)).filter((b) => b < 10).length;
    expect(inTen).toBeGreaterThan(900);
    expect(inTen).toBeLessThan(1100);
  });
});

describe("schedules", () => {
  const mondayNoonUtc = Date.parse("2026-11-23T12:00:00Z"); // a Monday
  it("honours start and end", () => {
    expect(scheduleOpen({ timeZone: "UTC", start: "2026-11-24T00:00:00Z" }, mondayNoonUtc)).toBe(false);
    expect(scheduleOpen({ timeZone: "UTC", end: "2026-11-23T12:00:00Z" }, mondayNoonUtc)).toBe(false);
    expect(scheduleOpen({ timeZone: "UTC", start: "2026-11-01T00:00:00Z", end: "2026-12-01T00:00:00Z" }, mondayNoonUtc)).toBe(true);
  });
  // as served: the server resolves days and hours into `open` intervals, the SDK compares numbers
  const served = (s: Schedule, at = mondayNoonUtc) => withOpenWindows([{ schedule: s } as CompiledCampaign], at)[0].schedule!;
  it("reads days and hours in the schedule's time zone", () => {
    // 12:00 UTC is 07:00 in New York and 21:00 in Tokyo
    const open = (s: Schedule, at = mondayNoonUtc) => scheduleOpen(served(s), at);
    expect(open({ timeZone: "America/New_York", startHour: 9, endHour: 17 })).toBe(false);
    expect(open({ timeZone: "Europe/Paris", startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] })).toBe(true);
    expect(open({ timeZone: "Asia/Tokyo", startHour: 20, endHour: 6 })).toBe(true);
    expect(open({ timeZone: "UTC", days: [0, 6] })).toBe(false);
    expect(open({ timeZone: "Not/AZone", days: [1] })).toBe(false);
  });
  it("serves intervals that stay right across the horizon, DST and half-hour zones", () => {
    const paris = served({ timeZone: "Europe/Paris", startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] });
    // the copy served Monday noon still knows Tuesday 09:00–17:00 Paris (08:00–16:00 UTC in winter)
    expect(scheduleOpen(paris, Date.parse("2026-11-24T07:59:00Z"))).toBe(false);
    expect(scheduleOpen(paris, Date.parse("2026-11-24T08:00:00Z"))).toBe(true);
    expect(scheduleOpen(paris, Date.parse("2026-11-24T15:59:00Z"))).toBe(true);
    expect(scheduleOpen(paris, Date.parse("2026-11-24T16:00:00Z"))).toBe(false);
    // past the 48 h horizon a copy can no longer tell: closed rather than guessing
    expect(scheduleOpen(paris, Date.parse("2026-11-26T12:00:00Z"))).toBe(false);
    // New York springs forward on 2026-03-08: 9:00 local is 14:00 UTC before, 13:00 UTC after
    const saturday = Date.parse("2026-03-07T12:00:00Z");
    const ny = served({ timeZone: "America/New_York", startHour: 9, endHour: 10 }, saturday);
    expect(scheduleOpen(ny, Date.parse("2026-03-07T14:30:00Z"))).toBe(true);
    expect(scheduleOpen(ny, Date.parse("2026-03-08T13:30:00Z"))).toBe(true);
    expect(scheduleOpen(ny, Date.parse("2026-03-08T14:30:00Z"))).toBe(false);
    // India is UTC+5:30: 9:00 local is 03:30 UTC
    const india = served({ timeZone: "Asia/Kolkata", startHour: 9, endHour: 10 });
    expect(scheduleOpen(india, Date.parse("2026-11-24T03:29:00Z"))).toBe(false);
    expect(scheduleOpen(india, Date.parse("2026-11-24T03:30:00Z"))).toBe(true);
    expect(scheduleOpen(india, Date.parse("2026-11-24T04:30:00Z"))).toBe(false);
  });

});

function rulesWith(campaign: Partial<CompiledCampaign>, settings: CompiledRules["settings"] = { minGapMs: 0 }): CompiledRules {
  return compiledRules.parse({
    schemaVersion: 1,
    revision: 1,
    generatedAt: "x",
    expiresAt: "y",
    settings,
    campaigns: [
      {
        id: "c1",
        priority: 0,
        trigger: { type: "custom", name: "boom" },
        message: { title: ["Sorry"], body: ["b"], style: "toast", position: "bottom-right", autoDismissMs: 0 },
        caps: { perSession: 0 },
        ...campaign,
      },
    ],
  });
}
const boom = { type: "custom" as const, name: "boom" };
const now = Date.parse("2026-11-23T12:00:00Z");
const fresh = (): CapState => ({ sessionShown: {} });

describe("evaluate with targeting and caps", () => {
  it("suppresses outside the schedule and outside the audience, naming the reason", () => {
    const closed = rulesWith(withOpenWindows([{ schedule: { timeZone: "UTC", days: [0] } } as CompiledCampaign], now)[0]);
    expect(evaluate(closed, boom, { user: {}, caps: fresh(), now })).toMatchObject({ outcome: "suppressed", reason: "schedule" });
    const pros = rulesWith({ audience: { op: "and", groups: [{ op: "and", conditions: [c("plan", "eq", "string", "pro")] }] } });
    expect(evaluate(pros, boom, { user: { plan: "free" }, caps: fresh(), now })).toMatchObject({ reason: "audience" });
    expect(evaluate(pros, boom, { user: { plan: "pro" }, caps: fresh(), now }).outcome).toBe("show");
  });

  it("puts a stable share of users in holdout and outside the rollout", () => {
    const r = rulesWith({ holdoutPercent: 30, rolloutPercent: 80 });
    const outcomes = Array.from({ length: 2000 }, (_, i) => {
      const d = evaluate(r, boom, { user: { id: `u${i}` }, caps: fresh(), now });
      return d.outcome === "show" ? "show" : (d as { reason: string }).reason;
    });
    const share = (x: string) => outcomes.filter((o) => o === x).length / outcomes.length;
    expect(share("audience")).toBeGreaterThan(0.15);
    expect(share("audience")).toBeLessThan(0.25);
    expect(share("holdout")).toBeGreaterThan(0.2);
    const again = evaluate(r, boom, { user: { id: "u7" }, caps: fresh(), now });
    expect(again.outcome === "show" ? "show" : (again as { reason: string }).reason).toBe(outcomes[7]);
  });

  it("caps per user over hours, per day, and deduplicates an incident", () => {
    const perUser = rulesWith({ caps: { perSession: 0, perUser: { count: 2, hours: 24 } } });
    const caps = fresh();
    recordShown(caps, "c1", boom, now - 3_600_000);
    recordShown(caps, "c1", boom, now - 1_800_000);
    expect(evaluate(perUser, boom, { user: {}, caps, now })).toMatchObject({ reason: "cap" });
    expect(evaluate(perUser, boom, { user: {}, caps, now: now + 24 * 3_600_000 }).outcome).toBe("show");

    const perDay = rulesWith({ caps: { perSession: 0, perDay: 1 } });
    const dayCaps = fresh();
    recordShown(dayCaps, "c1", boom, now - 60_000);
    expect(evaluate(perDay, boom, { user: {}, caps: dayCaps, now })).toMatchObject({ reason: "cap" });
    expect(evaluate(perDay, boom, { user: {}, caps: dayCaps, now: now + 12 * 3_600_000 }).outcome).toBe("show");

    const dedupe = rulesWith({ trigger: { type: "http_error", methods: [], statuses: ["5xx"] }, caps: { perSession: 0, dedupeWindowMs: 60_000 } });
    const incCaps = fresh();
    const fail = (url: string) => ({ type: "http_error" as const, url, method: "GET", status: 500 });
    recordShown(incCaps, "c1", fail("https://a.test/api/x?q=1"), now - 10_000);
    expect(evaluate(dedupe, fail("https://a.test/api/x?q=2"), { user: {}, caps: incCaps, now })).toMatchObject({ reason: "cap" });
    expect(evaluate(dedupe, fail("https://a.test/api/y"), { user: {}, caps: incCaps, now }).outcome).toBe("show");
  });

  it("stops after the workspace's apologies-per-session limit", () => {
    const r = rulesWith({}, { minGapMs: 0, maxPerSession: 2 });
    const caps = fresh();
    recordShown(caps, "c1", boom, now - 2);
    recordShown(caps, "c1", boom, now - 1);
    expect(evaluate(r, boom, { user: {}, caps, now })).toMatchObject({ reason: "cap" });
  });

  it("picks copy by exact locale, then language, then default", () => {
    const m = rulesWith({
      message: {
        title: ["Sorry"],
        body: ["b"],
        style: "toast",
        position: "bottom-right",
        autoDismissMs: 0,
        variants: { fr: { title: ["Désolé"], body: ["b"] }, "fr-CA": { title: ["Désolé, eh"], body: ["b"] } },
      },
    }).campaigns[0].message;
    expect(pickCopy(m, "fr-CA").title).toEqual(["Désolé, eh"]);
    expect(pickCopy(m, "fr-FR").title).toEqual(["Désolé"]);
    expect(pickCopy(m, "de").title).toEqual(["Sorry"]);
    const d = evaluate(rulesWith({ message: { ...m } }), boom, { user: {}, caps: fresh(), now, page: { locale: "fr-BE" } });
    expect(d.outcome === "show" && d.title).toBe("Désolé");
  });

  it("refuses a non-https action link in the contract", () => {
    expect(() =>
      rulesWith({ message: { title: ["x"], body: ["y"], style: "toast", position: "top", autoDismissMs: 0, action: { kind: "link", label: "Go", url: "javascript:alert(1)" } } }),
    ).toThrow();
  });
});

describe("custom events with property conditions", () => {
  const r = rulesWith({
    trigger: {
      type: "custom",
      name: "payment_failed",
      props: { op: "and", groups: [{ op: "and", conditions: [c("amount", "gte", "number", 100), c("provider", "in", "string", ["stripe", "adyen"])] }] },
    },
  });
  it("apologizes only when the reported props match", () => {
    const ev = (props: Record<string, unknown>) => evaluate(r, { type: "custom", name: "payment_failed", props }, { user: {}, caps: fresh(), now }).outcome;
    expect(ev({ amount: 250, provider: "stripe" })).toBe("show");
    expect(ev({ amount: "150", provider: "adyen" })).toBe("show");
    expect(ev({ amount: 20, provider: "stripe" })).toBe("none");
    expect(ev({ amount: 250, provider: "paypal" })).toBe("none");
    expect(ev({})).toBe("none");
  });
});
