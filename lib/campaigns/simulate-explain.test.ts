import { describe, expect, it } from "vitest";
import type { CompiledCampaign, CompiledRules } from "@/lib/rules/contract";
import { explain, failedCondition, scheduleWords } from "./simulate-explain";

const base = { id: "c1", priority: 1, trigger: { type: "custom", name: "x" }, message: { title: [], body: [], style: "toast", position: "bottom-right", autoDismissMs: 0 }, caps: { perSession: 2 } } as unknown as CompiledCampaign;
const rules = { settings: { minGapMs: 0, maxPerSession: 3 }, campaigns: [] } as unknown as CompiledRules;
const ctx = { rules, user: {}, page: {}, now: Date.parse("2026-11-28T03:30:00Z"), shownThisSession: 0 };

describe("simulator explanations", () => {
  it("names the group and condition that keep the user out, and the value the user has", () => {
    const c = { ...base, audience: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }, { op: "or", conditions: [{ attr: "$device", type: "string", op: "in", value: ["mobile", "tablet"] }] }] } } as CompiledCampaign;
    expect(failedCondition(c, { plan: "pro" }, { device: "desktop" })).toBe("group 2: “device is one of mobile, tablet” is false (device is \"desktop\")");
    expect(failedCondition(c, {}, { device: "mobile" })).toBe("group 1: “plan equals pro” is false (plan is not set)");
    expect(failedCondition(c, { plan: "pro" }, { device: "mobile" })).toBeUndefined();
  });

  it("gives the schedule in the campaign's own time zone with the time there now", () => {
    const c = { ...base, schedule: { timeZone: "Asia/Tokyo", days: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 } } as CompiledCampaign;
    // Saturday 03:30 UTC is Saturday 12:30 in Tokyo
    expect(scheduleWords(c, ctx.now)).toBe("open Mon, Tue, Wed, Thu, Fri 09:00–17:00 (Asia/Tokyo); it is Sat 12:30 there now");
  });

  it("names the cap and its count, the holdout, and who comes first", () => {
    expect(explain(base, "cap", { ...ctx, shownThisSession: 2 })).toBe("capped: at most 2 per session, 2 already shown");
    expect(explain({ ...base, caps: { perSession: 0 } }, "cap", { ...ctx, shownThisSession: 3 })).toBe("capped: the workspace allows 3 apologies per session, 3 already shown");
    expect(explain({ ...base, holdoutPercent: 10 }, "holdout", ctx)).toBe("this user is in its 10 % holdout: counted, never shown");
    expect(explain(base, "lower_priority", { ...ctx, winner: { name: "Search is failing", priority: 100 } })).toBe("matches, but “Search is failing” (priority 100) comes first");
    expect(explain({ ...base, rolloutPercent: 0 }, "audience", { ...ctx, user: { id: "u1" } })).toMatch(/^outside its rollout: it reaches 0 % of users and this one \(u1\) is at \d+\.\d %$/);
  });
});
