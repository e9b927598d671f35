import { describe, expect, it } from "vitest";
import { campaignsFirst, sameFailure, type RivalCampaign } from "./overlaps";

const declined: RivalCampaign = { id: "c_b", name: "Payment declined", priority: 95, triggerId: "t1", definition: { type: "custom", name: "payment_failed" } };
const search: RivalCampaign = { id: "c_a", name: "Search is failing", priority: 100, triggerId: "t2", definition: { type: "http_error", url: { kind: "glob", source: "/api/search*" }, methods: [], statuses: ["5xx", "0"] } };

describe("campaigns that answer the same failure first", () => {
  it("a custom event is the same failure by name, whatever the property conditions", () => {
    expect(sameFailure({ type: "custom", name: "payment_failed", props: { op: "and", groups: [] } }, declined.definition)).toBe(true);
    expect(sameFailure({ type: "custom", name: "payment_timeout" }, declined.definition)).toBe(false);
  });

  it("other types need the same settings, in any key order, an empty method list being none", () => {
    expect(sameFailure({ statuses: ["5xx", "0"], url: { source: "/api/search*", kind: "glob" }, type: "http_error" }, search.definition)).toBe(true);
    expect(sameFailure({ type: "http_error", url: { kind: "glob", source: "/api/search*" }, statuses: ["5xx", "0"] }, search.definition)).toBe(true);
    expect(sameFailure({ type: "http_error", url: { kind: "glob", source: "/api/cart*" }, statuses: ["5xx", "0"] }, search.definition)).toBe(false);
    expect(sameFailure({ type: "slow_request", url: { kind: "glob", source: "/api/search*" } }, search.definition)).toBe(false);
  });

  it("lists those tried first: higher priority, or equal priority and a smaller id; never the campaign itself", () => {
    const mine = { id: null, priority: 0, definition: { type: "custom", name: "payment_failed" } };
    expect(campaignsFirst(mine, [declined, search]).map((c) => c.name)).toEqual(["Payment declined"]);
    expect(campaignsFirst({ ...mine, priority: 96 }, [declined, search])).toEqual([]);
    // a tie: the compiler orders by id, and an unsaved campaign has none yet
    expect(campaignsFirst({ ...mine, priority: 95 }, [declined])).toHaveLength(1);
    expect(campaignsFirst({ ...mine, id: "c_a", priority: 95 }, [declined])).toEqual([]);
    expect(campaignsFirst({ ...mine, id: "c_z", priority: 95 }, [declined])).toHaveLength(1);
    expect(campaignsFirst({ id: "c_b", priority: 0, definition: declined.definition }, [declined])).toEqual([]);
    // a reused trigger is the same failure by id
    expect(campaignsFirst({ id: null, priority: 0, triggerId: "t2" }, [declined, search]).map((c) => c.name)).toEqual(["Search is failing"]);
  });
});
