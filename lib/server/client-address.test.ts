import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { addressBucket, clientAddressResolver } from "./client-address";

const req = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, connection: { remoteAddress: socket }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

describe("clientAddressResolver (TRUST_PROXY)", () => {
  it("by default uses the socket and ignores X-Forwarded-For, which any client can write", () => {
    for (const setting of [undefined, "", "0", "false"]) {
      const of = clientAddressResolver(setting);
      expect(of(req("198.51.100.7", "203.0.113.1"))).toBe("198.51.100.7");
      expect(of(req("::ffff:127.0.0.1"))).toBe("::ffff:127.0.0.1");
    }
  });

  it("with trusted proxy ranges, takes the first address from the right that no trusted proxy is", () => {
    const of = clientAddressResolver("loopback, 10.0.0.0/8");
    // visitor → CDN edge (10.1.2.3) → load balancer (127.0.0.1) → us
    expect(of(req("127.0.0.1", "203.0.113.9, 10.1.2.3"))).toBe("203.0.113.9");
    // a visitor writing its own header cannot choose: the leftmost entries are not vouched for
    expect(of(req("127.0.0.1", "1.1.1.1, 203.0.113.9, 10.1.2.3"))).toBe("203.0.113.9");
    // a request straight from the internet: its header is not trusted at all
    expect(of(req("198.51.100.7", "203.0.113.1"))).toBe("198.51.100.7");
    // a trusted proxy that forwarded nothing: the proxy's own address
    expect(of(req("10.0.0.5"))).toBe("10.0.0.5");
    expect(clientAddressResolver("::1")(req("::1", "2001:db8::5"))).toBe("2001:db8::5");
  });

  it("with a hop count, trusts exactly that many proxies", () => {
    const one = clientAddressResolver("1");
    expect(one(req("10.0.0.2", "1.1.1.1, 203.0.113.9"))).toBe("203.0.113.9");
    const two = clientAddressResolver("2");
    expect(two(req("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.9"))).toBe("203.0.113.9");
    // fewer entries than hops: the leftmost one there is
    expect(two(req("10.0.0.2", "203.0.113.9"))).toBe("203.0.113.9");
  });

  it("refuses settings that would be unsafe or are not addresses, naming the entry", () => {
    expect(() => clientAddressResolver("true")).toThrow("would let any client choose its address");
    expect(() => clientAddressResolver("loopback, banana")).toThrow('TRUST_PROXY: "banana" is not an address');
    expect(() => clientAddressResolver("10.0.0.0/99")).toThrow('"10.0.0.0/99"');
    expect(() => clientAddressResolver("50")).toThrow("at most 20");
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses, unwraps IPv4-mapped IPv6, and groups IPv6 by /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
    expect(addressBucket("unknown")).toBe("unknown");
  });
});
