// Which address a request comes from, for the per-address limits (event ingestion, sign-in
// throttling). Behind a load balancer or CDN every socket is the proxy's, so all visitors would
// share one bucket; X-Forwarded-For, on the other hand, is whatever the client typed. TRUST_PROXY
// says which hops may vouch for the next one, and proxy-addr (Express's) walks the header from the
// right, stopping at the first address nobody trusted vouches for.
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

export type ClientAddress = (req: IncomingMessage) => string;

/**
 * TRUST_PROXY: empty (the default: the socket's address, X-Forwarded-For ignored), a number of
 * proxy hops in front of the server (1 = one load balancer), or a comma-separated list of trusted
 * proxy addresses and ranges: `loopback`, `linklocal`, `uniquelocal`, `10.0.0.0/8`, `2001:db8::1`.
 * Throws with the bad entry named.
 */
export function clientAddressResolver(setting: string | undefined): ClientAddress {
  const value = setting?.trim() ?? "";
  const socket: ClientAddress = (req) => req.socket.remoteAddress ?? "unknown";
  if (value === "" || value === "0" || value === "false") return socket;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 20) throw new Error(`TRUST_PROXY: ${hops} hops is not plausible (at most 20)`);
    return (req) => proxyaddr(req, (_addr, i) => i < hops) || socket(req);
  }
  if (value === "true") {
    // trusting every hop lets any client pick its address, which defeats the limits
    throw new Error("TRUST_PROXY: `true` would let any client choose its address; give a hop count or the proxies' addresses");
  }
  const entries = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    try {
      proxyaddr.compile(entry);
    } catch {
      throw new Error(`TRUST_PROXY: "${entry}" is not an address, a range (10.0.0.0/8) or loopback/linklocal/uniquelocal`);
    }
  }
  const trust = proxyaddr.compile(entries);
  return (req) => proxyaddr(req, trust) || socket(req);
}

/**
 * The bucket an address is limited in: an IPv4 address as it is (IPv4-mapped IPv6 included), an
 * IPv6 address by its /64 network. One IPv6 subscriber gets a whole /64 (RFC 6177) and can pick a
 * new address in it per request, so counting single IPv6 addresses would limit nobody. Anything
 * unparsable is its own bucket.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const a = ipaddr.process(address); // ::ffff:1.2.3.4 becomes 1.2.3.4
  if (a.kind() === "ipv4") return a.toString();
  const parts = (a as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
