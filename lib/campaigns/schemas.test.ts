import { describe, expect, it } from "vitest";
import { campaignInput, campaignPatch } from "./schemas";

describe("campaign schemas", () => {
  it("a patch carries only what it mentions (no defaults that would overwrite stored values)", () => {
    expect(campaignPatch.parse({ status: "active" })).toEqual({ status: "active" });
    expect(campaignPatch.parse({ priority: 5 })).toEqual({ priority: 5 });
  });

  it("a new campaign gets defaults for what it leaves out", () => {
    const c = campaignInput.parse({
      name: "x",
      trigger: { name: "t", definition: { type: "custom", name: "e" } },
      message: { title: "t", body: "b" },
    });
    expect(c).toMatchObject({ priority: 0, caps: { perSession: 0 }, audience: { kind: "everyone" }, rolloutPercent: 100, holdoutPercent: 0 });
  });

  it("refuses a schedule's `open` intervals: the server resolves them when serving the rules", () => {
    const r = campaignInput.safeParse({
      name: "x",
      trigger: { name: "t", definition: { type: "custom", name: "e" } },
      message: { title: "t", body: "b" },
      schedule: { timeZone: "UTC", days: [1], open: [[0, 1]] },
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("open");
  });
});
