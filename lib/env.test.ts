import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("takes the defaults from an empty environment", () => {
    const e = parseEnv({});
    expect(e.PORT).toBe(3000);
    expect(e.TRUST_PROXY).toBeUndefined();
    expect(e.EVENTS_PER_SECOND_PER_IP).toBe(200);
  });

  it("serves only this machine without PUBLIC_URL, every interface with it, and refuses to listen beyond loopback in production without it", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
    expect(parseEnv({ PUBLIC_URL: "https://apologies.shop.test" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ NODE_ENV: "production", HOST: "::1" }).HOST).toBe("::1");
    expect(() => parseEnv({ NODE_ENV: "production", HOST: "0.0.0.0" })).toThrow(/PUBLIC_URL: required when listening on 0\.0\.0\.0 in production/);
    expect(parseEnv({ NODE_ENV: "production", HOST: "0.0.0.0", PUBLIC_URL: "https://apologies.shop.test" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ NODE_ENV: "development", HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    // a NEXTAUTH_URL on this machine says nothing about where people reach it
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" }).HOST).toBe("127.0.0.1");
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://[::1]:3000", HOST: "0.0.0.0" })).toThrow(/PUBLIC_URL: required/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://apologies.shop.test" }).HOST).toBe("0.0.0.0");
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
