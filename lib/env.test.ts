import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("takes the defaults from an empty environment", () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.TRUST_PROXY).toBeUndefined();
    expect(e.EVENTS_PER_SECOND_PER_IP).toBe(200);
  });

  it("accepts TRUST_PROXY as hops or proxy ranges", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
    expect(parseEnv({ TRUST_PROXY: "loopback,10.0.0.0/8" }).TRUST_PROXY).toBe("loopback,10.0.0.0/8");
  });

  it("names every bad variable at once, with what is wrong", () => {
    expect(() => parseEnv({ TRUST_PROXY: "everyone", PORT: "99999" })).toThrow(
      /Invalid environment:\n {2}PORT: .*\n {2}TRUST_PROXY: "everyone" is not an address, a range \(10\.0\.0\.0\/8\) or loopback\/linklocal\/uniquelocal/,
    );
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow("TRUST_PROXY: `true` would let any client choose its address");
  });
});
