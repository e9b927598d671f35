import { describe, expect, it } from "vitest";
import type { CompiledBody } from "@/lib/rules/compile";
import { diffRules, sameRules } from "./diff";

const campaign = {
  id: "c1",
  priority: 0,
  trigger: { type: "http_error", methods: [], statuses: ["5xx"] },
  message: { title: ["Sorry"], body: ["On it."], style: "toast", position: "bottom-right", autoDismissMs: 0 },
  caps: { perSession: 0 },
} as unknown as CompiledBody["campaigns"][number];
const body = (c: object): CompiledBody => ({ schemaVersion: 1, settings: { minGapMs: 0 }, campaigns: [c as CompiledBody["campaigns"][number]] });
// what jsonb gives back: the same values, keys in another order
const reordered = JSON.parse(JSON.stringify({ caps: campaign.caps, message: { autoDismissMs: 0, position: "bottom-right", style: "toast", body: ["On it."], title: ["Sorry"] }, trigger: { statuses: ["5xx"], methods: [], type: "http_error" }, priority: 0, id: "c1" }));

describe("diffRules", () => {
  it("a campaign whose stored keys come back in another order is unchanged", () => {
    expect(sameRules(reordered, campaign)).toBe(true);
    expect(diffRules(body(reordered), body(campaign), {})).toEqual({ added: [], removed: [], changed: [], settingsChanged: false, unchanged: 1 });
  });

  it("a changed value, an added and a removed campaign are each named", () => {
    const changed = { ...campaign, priority: 5 };
    expect(diffRules(body(campaign), body(changed), { c1: "Search" }).changed).toEqual([{ id: "c1", name: "Search" }]);
    const added = diffRules({ ...body(campaign), campaigns: [] }, body(campaign), {});
    expect(added.added).toEqual([{ id: "c1", name: "c1" }]);
    expect(diffRules(body(campaign), { ...body(campaign), campaigns: [] }, {}).removed).toEqual([{ id: "c1", name: "c1" }]);
  });
});
