import { describe, expect, it } from "vitest";
import { attributeHints } from "./attribute-hints";

describe("attribute hints", () => {
  it("suggests the attribute a misspelt token meant", () => {
    expect(attributeHints("Sorry <<nmae|there>>", {})).toEqual(["<<nmae>>: did you mean <<name>>?"]);
    expect(attributeHints("Hi <<tier|friend>>", { tier: "customer" })).toEqual([]);
    expect(attributeHints("Hi <<tier|friend>>", { tiers: "customer" })).toEqual(["<<tier>>: did you mean <<tiers>>?"]);
  });

  it("says what visitors will see for an attribute nobody declared and nothing is near", () => {
    const [hint] = attributeHints("Hi <<favouriteColour|there>>", {});
    expect(hint).toMatch(/^<<favouriteColour>> is not an attribute this workspace knows \(id, name, .*\): visitors see its fallback/);
  });

  it("stays quiet for standard attributes, workspace defaults and text without tokens", () => {
    expect(attributeHints("Sorry <<name|there>> on <<plan|your plan>>", {})).toEqual([]);
    expect(attributeHints("Sorry <<team>>", { team: "your team" })).toEqual([]);
    expect(attributeHints("Sorry about that", {})).toEqual([]);
  });
});
