import { describe, expect, it } from "vitest";
import type { CompiledRules } from "@/lib/rules/contract";
import { neverFires } from "./never-fires";

type Campaign = CompiledRules["campaigns"][number];
const now = Date.UTC(2026, 11, 7, 12);
const campaign = (id: string, extra: Partial<Campaign> = {}): Campaign =>
  ({
    id,
    priority: 0,
    trigger: { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx"] },
    message: { title: ["Sorry"], body: [], style: "toast", position: "bottom-right", autoDismissMs: 8000 },
    caps: { perSession: 0 },
    ...extra,
  }) as Campaign;
const names = { a: "Search A", b: "Search B", c: "C" };
const why = (cs: Campaign[]) => neverFires({ campaigns: cs }, names, now).map((w) => `${w.name}: ${w.reason}`);

describe("campaigns that can never apologize", () => {
  it("says why for schedules that never open, ended or name no time zone", () => {
    expect(why([campaign("a", { schedule: { startHour: 9, endHour: 9, timeZone: "Europe/Paris" } })])).toEqual(["Search A: its days and hours never open (hours 9→9 in Europe/Paris)"]);
    expect(why([campaign("a", { schedule: { startHour: 18, endHour: 9, timeZone: "Paris" } })])).toEqual(["Search A: its time zone “Paris” is not one, so its days and hours never open"]);
    expect(why([campaign("a", { schedule: { end: "2026-12-01T00:00:00Z", timeZone: "UTC" } })])).toEqual(["Search A: its schedule ended on 2026-12-01"]);
    // overnight hours open every night: fine
    expect(why([campaign("a", { schedule: { startHour: 18, endHour: 9, timeZone: "Europe/Paris" } })])).toEqual([]);
  });

  it("says when an audience matches nobody, and not when one group of an or can match", () => {
    const cond = (value: string, op: "eq" | "neq" = "eq") => ({ attr: "plan", op, type: "string" as const, value });
    expect(why([campaign("a", { audience: { op: "and", groups: [{ op: "and", conditions: [cond("pro"), cond("free")] }] } })])).toEqual(["Search A: its audience matches nobody: “plan” cannot equal both “pro” and “free”"]);
    expect(why([campaign("a", { audience: { op: "or", groups: [{ op: "and", conditions: [cond("pro"), cond("pro", "neq")] }, { op: "and", conditions: [cond("pro")] }] } })])).toEqual([]);
  });

  it("says when another campaign takes the same failure first for everyone, and not when it leaves some", () => {
    expect(why([campaign("a"), campaign("b")])).toEqual(["Search B: “Search A” answers the same failure first, for everyone (raise this one's priority, or narrow that one)"]);
    expect(why([campaign("a", { caps: { perSession: 1 } }), campaign("b")])).toEqual([]);
    expect(why([campaign("a", { rolloutPercent: 0 })])).toEqual(["Search A: its rollout is 0 %: nobody is in it"]);
  });
});
