import { describe, expect, it } from "vitest";
import { compileCopy, graphemes, renderCopy } from "./copy";

describe("compileCopy", () => {
  it("splits a template into text and attribute parts with inline fallbacks", () => {
    const { parts, problems } = compileCopy("<<name|there>>, something's wrong.");
    expect(problems).toEqual([]);
    expect(parts).toEqual([{ attr: "name", fallback: "there" }, ", something's wrong."]);
  });

  it("takes the workspace default when a token has no inline fallback", () => {
    const { parts, problems } = compileCopy("Sorry <<name>>!", { name: "friend" });
    expect(problems).toEqual([]);
    expect(parts).toEqual(["Sorry ", { attr: "name", fallback: "friend" }, "!"]);
  });

  it("reports a token with neither fallback nor default, naming it", () => {
    const { problems } = compileCopy("Hi <<plan>> user", {});
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain("<<plan>>");
  });
});

describe("renderCopy", () => {
  const parts = compileCopy("<<name|there>>, something's wrong.").parts;

  it("inserts the user's attribute", () => {
    expect(renderCopy(parts, { name: "Jackie" })).toBe("Jackie, something's wrong.");
  });

  it("uses the fallback for missing, empty or whitespace-only values", () => {
    expect(renderCopy(parts, {})).toBe("there, something's wrong.");
    expect(renderCopy(parts, { name: "" })).toBe("there, something's wrong.");
    expect(renderCopy(parts, { name: "   " })).toBe("there, something's wrong.");
    expect(renderCopy(parts, { name: { toString: () => "x" } })).toBe("there, something's wrong.");
  });

  it("trims and caps long values", () => {
    const out = renderCopy(parts, { name: "  " + "a".repeat(200) + "  " });
    expect(out.startsWith("a".repeat(79) + "…,")).toBe(true);
  });

  it("returns markup as literal text (the SDK inserts it with textContent)", () => {
    expect(renderCopy(parts, { name: "<img src=x onerror=alert(1)>" })).toBe(
      "<img src=x onerror=alert(1)>, something's wrong.",
    );
  });
});

describe("attribute values are cut by user-perceived characters", () => {
  const cut = (name: string) => renderCopy([{ attr: "name", fallback: "there" }], { name });
  it.each([
    ["emoji", "😀".repeat(100)],
    ["family emoji (ZWJ sequences)", "👨‍👩‍👧‍👦".repeat(100)],
    ["combining marks", "e\u0301".repeat(100)],
    ["flags (regional indicator pairs)", "🇫🇷".repeat(100)],
    ["skin tones", "👍🏽".repeat(100)],
  ])("%s: 79 whole characters and an ellipsis, never half of one", (_kind, value) => {
    const out = cut(value);
    const unit = graphemes(value)[0];
    expect(out).toBe(unit.repeat(79) + "…");
    expect(graphemes(out)).toHaveLength(80);
  });

  it("without Intl.Segmenter, surrogate pairs are still never split", () => {
    const Segmenter = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      expect(cut("😀".repeat(100))).toBe("😀".repeat(79) + "…");
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = Segmenter;
    }
  });
});

describe("tokens that are not complete", () => {
  it.each([
    ["Sorry <<name, search is slow.", "<<name, search is slow."],
    ["Hi <<first name|there>>", "<<first name|there>>"],
    ["Hi <<name|there>", "<<name|there>"],
    ["Hi name|there>>", ">>"],
  ])("%s is refused, naming what is wrong", (template, token) => {
    const { problems } = compileCopy(template, { name: "there" });
    expect(problems).toHaveLength(1);
    expect(problems[0].token).toBe(token.slice(0, 24));
  });

  it("complete tokens and plain text with < or > alone are fine", () => {
    expect(compileCopy("3 < 4 > 2, <<name|there>>").problems).toEqual([]);
  });
});
