import { describe, expect, it } from "vitest";
import type { CompiledBody } from "@/lib/rules/compile";
import { diffRules, fieldChanges, sameRules } from "./diff";

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
    expect(diffRules(body(reordered), body(campaign), {})).toEqual({ added: [], removed: [], changed: [], settingsChanged: false, settingsChanges: [], unchanged: 1 });
  });

  it("a changed value, an added and a removed campaign are each named", () => {
    const changed = { ...campaign, priority: 5 };
    expect(diffRules(body(campaign), body(changed), { c1: "Search" }).changed).toEqual([{ id: "c1", name: "Search", changes: ["priority: 0 → 5"] }]);
    const added = diffRules({ ...body(campaign), campaigns: [] }, body(campaign), {});
    expect(added.added).toEqual([{ id: "c1", name: "c1" }]);
    expect(diffRules(body(campaign), { ...body(campaign), campaigns: [] }, {}).removed).toEqual([{ id: "c1", name: "c1" }]);
  });
});

describe("fieldChanges", () => {
  it("names each changed field with its old and new value, as a person wrote it", () => {
    const after = {
      ...campaign,
      priority: 5,
      message: { ...campaign.message, title: ["Sorry ", { attr: "name", fallback: "there" }] },
      trigger: { ...campaign.trigger, statuses: ["5xx", "0"] },
      caps: { perSession: 2 },
    };
    expect(fieldChanges(campaign, after)).toEqual([
      "caps.perSession: 0 → 2",
      "message.title: “Sorry” → “Sorry <<name|there>>”",
      "priority: 0 → 5",
      "trigger.statuses: 5xx → 5xx, 0",
    ]);
    expect(diffRules(body(campaign), body(after), { c1: "Search" }).changed[0].changes).toHaveLength(4);
  });

  it("an added optional field reads as from (none)", () => {
    expect(fieldChanges(campaign, { ...campaign, audience: { op: "and", groups: [] } })).toEqual(['audience: (none) → {"op":"and","groups":[]}']);
  });
});
