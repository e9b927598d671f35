// Public input cannot invent campaigns (issue #19, problem 5): an event naming an id the
// environment never served is refused alone, with its reason; the rest of the batch is kept.
import { describe, expect, it } from "vitest";
import { validateEvents } from "./schemas";

const now = Date.UTC(2026, 10, 29, 12, 0, 0);
const ev = (n: number, campaignId?: string) => ({ id: `3f0f8c3e-2b1a-4c1e-9d7a-6b2f1e0c9a${String(n).padStart(2, "0")}`, type: "shown", ts: now - 1000, ...(campaignId ? { campaignId } : {}) });
const served = new Set(["c_search", "c_old"]);

describe("events naming campaigns", () => {
  it("keeps events of campaigns the environment served (any revision) and those naming none", () => {
    const { valid, rejected } = validateEvents([ev(1, "c_search"), ev(2, "c_old"), ev(3)], { now, published: (id) => served.has(id) });
    expect(rejected).toEqual([]);
    expect(valid).toHaveLength(3);
  });

  it("refuses an invented campaign id on its own, naming the field", () => {
    const { valid, rejected } = validateEvents([ev(1, "c_search"), ev(2, "made-up-campaign")], { now, published: (id) => served.has(id) });
    expect(valid.map((e) => e.campaignId)).toEqual(["c_search"]);
    expect(rejected).toEqual([{ index: 1, field: "campaignId", message: "campaignId names no campaign this environment has published" }]);
  });

  it("lets events through while the environment's campaigns are not known yet (never loses real ones)", () => {
    expect(validateEvents([ev(1, "anything")], { now, published: () => undefined }).valid).toHaveLength(1);
  });
});
