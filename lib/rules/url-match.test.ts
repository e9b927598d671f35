import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchGlob, matchUrl, MAX_URL_CHARS } from "./url-match";

describe("matchUrl", () => {
  it("matches a path glob against path and query of an absolute URL", () => {
    const m = { kind: "glob" as const, source: "/api/search*" };
    expect(matchUrl(m, "https://shop.test/api/search?q=shoes")).toBe(true);
    expect(matchUrl(m, "https://shop.test/api/cart")).toBe(false);
  });

  it("matches a full-URL glob and treats regex metacharacters in globs literally", () => {
    expect(matchUrl({ kind: "glob", source: "https://cdn.test/*.png" }, "https://cdn.test/a/b.png")).toBe(true);
    expect(matchUrl({ kind: "glob", source: "https://cdn.test/*.png" }, "https://cdnxtest/a/b.png")).toBe(false);
  });

  it("supports regexes with flags, and an invalid regex matches nothing", () => {
    expect(matchUrl({ kind: "regex", source: "/API/", flags: "i" }, "https://x.test/api/")).toBe(true);
    expect(matchUrl({ kind: "regex", source: "(" }, "https://x.test/")).toBe(false);
  });

  it("matches everything when no pattern is given", () => {
    expect(matchUrl(undefined, "https://x.test/")).toBe(true);
  });
});

describe("matchGlob (no backtracking) means what the glob always meant", () => {
  // the meaning globs had when they were translated to `^…$` with `.*` per star
  const asRegex = (glob: string) => new RegExp("^" + glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$", "s");
  const text = (max: number) => fc.array(fc.constantFrom("a", "b", "/", ".", "*"), { maxLength: max }).map((c) => c.join(""));

  it("agrees with the regex translation on random globs and subjects", () => {
    fc.assert(
      fc.property(text(8), text(12).map((s) => s.replaceAll("*", "")), (glob, subject) => {
        expect(matchGlob(glob, subject)).toBe(asRegex(glob).test(subject));
      }),
      { numRuns: 20_000 },
    );
  });

  it("handles the edges: no star, star only, pieces that overlap the ends", () => {
    expect(matchGlob("abc", "abc")).toBe(true);
    expect(matchGlob("abc", "abcd")).toBe(false);
    expect(matchGlob("*", "")).toBe(true);
    expect(matchGlob("a*a", "a")).toBe(false);
    expect(matchGlob("a*a", "aa")).toBe(true);
    expect(matchGlob("*ab*ab", "abab")).toBe(true);
    expect(matchGlob("/api/*/items*", "/api/v2/items?page=3")).toBe(true);
  });

  it("matches a URL on its first MAX_URL_CHARS characters only", () => {
    const long = "https://x.test/" + "a".repeat(MAX_URL_CHARS) + "TAIL";
    expect(matchUrl({ kind: "glob", source: "*TAIL" }, long)).toBe(false);
    expect(matchUrl({ kind: "glob", source: "https://x.test/*" }, long)).toBe(true);
  });
});
