// URL matching for triggers. A glob starting with "/" is matched against path + query of the URL;
// any other glob against the whole URL. `*` matches any run of characters. Pure, SDK-safe.
//
// The SDK runs this inside the page's own fetch, on every request, so its cost must stay linear in
// the URL's length whatever an editor typed (#26):
// - globs are matched without a regular expression (matchGlob: no backtracking at all);
// - regexes are refused at save and at publish unless a ReDoS analyser proves them linear
//   (lib/rules/pattern-safety.ts); the server and the admin match them with a linear-time engine
//   (setRegexEngine, lib/rules/linear-regex.ts), so even a stored pattern from before that check
//   cannot stall the one server;
// - the subject is bounded: a URL is matched on its first MAX_URL_CHARS characters.
import type { UrlMatch } from "./contract";

/**
 * Characters of a URL a pattern sees. Real page and API URLs are far shorter (browsers' address
 * bars and most CDNs stop near 8 KB); `data:` URLs of inline images can be megabytes.
 */
export const MAX_URL_CHARS = 8192;

/** Compiles a regex into a tester, or throws on a pattern the engine does not accept. */
export type RegexEngine = (source: string, flags: string) => (subject: string) => boolean;

const backtracking: RegexEngine = (source, flags) => {
  const re = new RegExp(source, flags);
  return (s) => re.test(s);
};

let engine: RegexEngine = backtracking;
const cache = new Map<string, ((s: string) => boolean) | null>();

/** Server and admin code: match regexes with `e` (a linear-time engine) from now on. */
export function setRegexEngine(e: RegexEngine): void {
  engine = e;
  cache.clear();
}

function regexTester(m: UrlMatch): ((s: string) => boolean) | null {
  const key = m.source + "\u0000" + m.flags;
  let t = cache.get(key);
  if (t === undefined) {
    try {
      t = engine(m.source, m.flags ?? "");
    } catch {
      t = null; // an invalid pattern matches nothing rather than breaking evaluation
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, t);
  }
  return t;
}

/**
 * Whether `subject` matches the glob `pattern` as a whole, `*` standing for any run of characters
 * (none included). Without backtracking: the first piece must start the subject, the last end it,
 * and each piece between is taken at its leftmost place after the previous one (leftmost is always
 * right when `*` is the only wildcard). Cost: one indexOf per piece, O(subject length × longest
 * piece) at worst.
 */
export function matchGlob(pattern: string, subject: string): boolean {
  const pieces = pattern.split("*");
  const last = pieces.pop() as string;
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const found = i ? subject.indexOf(pieces[i], at) : subject.startsWith(pieces[0]) ? 0 : -1;
    if (found < 0) return false;
    at = found + pieces[i].length;
  }
  // the last piece ends the subject, after everything the pieces before it took
  return pieces.length ? subject.length - last.length >= at && subject.endsWith(last) : subject === last;
}

/** Whether `url` matches `m` (no pattern matches every URL). Errors: none; an invalid regex matches nothing. */
export function matchUrl(m: UrlMatch | undefined, url: string): boolean {
  if (!m) return true;
  let subject = url.slice(0, MAX_URL_CHARS);
  if (m.kind === "regex") {
    const t = regexTester(m);
    return !!t && t(subject);
  }
  if (m.source.startsWith("/")) {
    const i = subject.indexOf("://");
    if (i >= 0) {
      const slash = subject.indexOf("/", i + 3);
      subject = slash >= 0 ? subject.slice(slash) : "/";
    }
  }
  return matchGlob(m.source, subject);
}
