import { describe, expect, it } from "vitest";
import { matchUrl } from "./url-match";

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
