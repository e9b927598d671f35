import { describe, expect, it } from "vitest";
import type { Audience, Condition } from "@/lib/rules/contract";
import { withoutPath } from "./estimate";

const c = (attr: string, value: string): Condition => ({ attr, op: "eq", type: "string", value });
const plan = c("plan", "pro");
const path = c("$path", "/checkout");

describe("segment estimates leave page-path conditions out", () => {
  it("drops a path condition from an 'all conditions' group", () => {
    const a: Audience = { op: "and", groups: [{ op: "and", conditions: [plan, path] }] };
    expect(withoutPath(a)).toEqual({ audience: { op: "and", groups: [{ op: "and", conditions: [plan] }] }, pathIgnored: true });
  });

  it("an 'any condition' group with a path condition could hold for anyone: it drops out of an 'all groups' audience", () => {
    const a: Audience = { op: "and", groups: [{ op: "or", conditions: [plan, path] }, { op: "and", conditions: [c("country", "FR")] }] };
    expect(withoutPath(a).audience).toEqual({ op: "and", groups: [{ op: "and", conditions: [c("country", "FR")] }] });
  });

  it("…and makes an 'any group' audience hold for everyone", () => {
    const a: Audience = { op: "or", groups: [{ op: "and", conditions: [path] }, { op: "and", conditions: [plan] }] };
    expect(withoutPath(a)).toEqual({ audience: { op: "and", groups: [] }, pathIgnored: true });
  });

  it("leaves an audience without path conditions as it is", () => {
    const a: Audience = { op: "or", groups: [{ op: "and", conditions: [plan] }] };
    expect(withoutPath(a)).toEqual({ audience: a, pathIgnored: false });
  });
});
