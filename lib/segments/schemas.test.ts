import { describe, expect, it } from "vitest";
import { segmentInput } from "./schemas";

const seg = (value: unknown, op = "eq") => ({ name: "Pro", conditions: { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", op, type: "string", value }] }] } });

describe("segment conditions", () => {
  it.each([[""], ["   "], [undefined], [[]]])("a comparison with the value %j is refused on that condition's value", (value) => {
    const r = segmentInput.safeParse(seg(value, Array.isArray(value) ? "in" : "eq"));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["conditions", "groups", 0, "conditions", 0, "value"], message: "“plan” needs a value to compare with" });
  });

  it("exists needs no value, and a real value passes", () => {
    expect(segmentInput.safeParse(seg(undefined, "exists")).success).toBe(true);
    expect(segmentInput.safeParse(seg("pro")).success).toBe(true);
  });
});
