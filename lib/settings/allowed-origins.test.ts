import { describe, expect, it } from "vitest";
import { allowedOriginsInput, originAllowed, setAllowedOrigins } from "./allowed-origins";

describe("allowed origins", () => {
  it("accepts scheme and host (and port), normalized; names what is wrong otherwise", () => {
    expect(allowedOriginsInput.parse(["https://Shop.Example.com/", " http://localhost:3000 "])).toEqual(["https://shop.example.com", "http://localhost:3000"]);
    for (const bad of ["shop.example.com", "https://shop.example.com/checkout", "javascript:alert(1)", "ftp://files.example.com"]) {
      const r = allowedOriginsInput.safeParse([bad]);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0].message).toContain(`“${bad}” is not an origin`);
    }
  });

  it("lets any page send while the list is empty, only listed ones after, and never a request without an Origin", () => {
    setAllowedOrigins("env-a", []);
    expect(originAllowed("env-a", "https://anything.test")).toBe(true);
    expect(originAllowed("env-unknown", undefined)).toBe(true);
    setAllowedOrigins("env-a", ["https://shop.example.com"]);
    expect(originAllowed("env-a", "https://shop.example.com")).toBe(true);
    expect(originAllowed("env-a", "https://evil.example.com")).toBe(false);
    expect(originAllowed("env-a", undefined)).toBe(false);
  });
});
