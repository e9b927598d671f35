// URL matching for triggers. A glob starting with "/" is matched against path + query of the URL;
// any other glob against the whole URL. `*` matches any run of characters. Pure, SDK-safe.
import type { UrlMatch } from "./contract";

const cache = new Map<string, RegExp | null>();

function toRegExp(m: UrlMatch): RegExp | null {
  const key = m.kind + "\u0000" + m.source + "\u0000" + (m.flags ?? "");
  let re = cache.get(key);
  if (re !== undefined) return re;
  try {
    if (m.kind === "regex") {
      re = new RegExp(m.source, m.flags ?? "");
    } else {
      const body = m.source
        .split("*")
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*");
      re = new RegExp("^" + body + "$");
    }
  } catch {
    re = null; // an invalid pattern matches nothing rather than breaking evaluation
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

export function matchUrl(m: UrlMatch | undefined, url: string): boolean {
  if (!m) return true;
  const re = toRegExp(m);
  if (!re) return false;
  let subject = url;
  if (m.kind === "glob" && m.source.startsWith("/")) {
    const i = url.indexOf("://");
    if (i >= 0) {
      const slash = url.indexOf("/", i + 3);
      subject = slash >= 0 ? url.slice(slash) : "/";
    }
  }
  return re.test(subject);
}
