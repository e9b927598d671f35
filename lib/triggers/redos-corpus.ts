// Published catastrophic-backtracking patterns, for the property tests that prove none can be
// published (pattern-safety.test.ts) and that nothing publishable freezes Node or Chromium
// (e2e/pattern-freeze.spec.ts). Sources: OWASP's "Regular expression Denial of Service - ReDoS"
// page (the evil-regex examples and its real-world list); the Stack Overflow outage of 2016-07-20
// (trailing-space trim); Cloudflare's outage of 2019-07-02 (its WAF rule's `.*(?:.*=.*)`); the
// moment.js (CVE-2017-18214) and ua-parser-js (CVE-2021-27292) advisories; and #26's own findings.

/** Patterns any ReDoS analyser must refuse, with where each comes from. */
export const REDOS_CORPUS: { source: string; flags?: string; from: string }[] = [
  { source: "(a+)+$", from: "OWASP evil regex; #26 (froze /sdk/v1.js for 14 s)" },
  { source: "([a-zA-Z]+)*$", from: "OWASP evil regex" },
  { source: "(a|aa)+$", from: "OWASP evil regex" },
  { source: "(a|a?)+$", from: "OWASP evil regex" },
  { source: "(.*a){12}", from: "OWASP evil regex, (.*a){x} for x > 10" },
  { source: "^(([a-z])+.)+[A-Z]([a-z])+$", from: "OWASP: Java class name validation" },
  { source: "^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$", from: "OWASP: e-mail validation (regexlib)" },
  { source: "^[a-zA-Z]+(([\\'\\,\\.\\-][a-zA-Z ])?[a-zA-Z]*)*$", from: "OWASP: person name validation (regexlib)" },
  { source: "[\\s\\u200c]+$", from: "Stack Overflow outage 2016: trailing whitespace trim" },
  { source: ".*(?:.*=.*)", from: "Cloudflare outage 2019: WAF rule core" },
  { source: "(\\s*?[\\u0600-\\u06FF]+){1,2}x", flags: "i", from: "moment.js CVE-2017-18214 (simplified)" },
  { source: "^(\\w+\\s?)*$", from: "regexlib: words separated by spaces" },
  { source: "(/?[\\w-]+)+\\.json$", from: "#26: a plausible API pattern that froze a page for 30 s" },
  { source: "^(\\d+)*\\.(png|jpg)$", from: "nested digit run" },
  { source: "(.*,)*x", from: "CSV-like nested star" },
  { source: "a.*b.*c.*d", from: "polynomial: three unanchored stars" },
  { source: "(\\w|\\d)+$", from: "overlapping alternatives under a repetition" },
  { source: "/api/(.+)+/items", from: "nested plus in a path" },
];

/** Globs an editor might save that a regex translation (`.*` per `*`) backtracks on badly. */
export const CATASTROPHIC_GLOBS = ["*a*a*a*a*a*a*a*a*a*a*a*a*Z", "/*/*/*/*/*/*/*/*/*/*/*/*.json", "*-*-*-*-*-*-*-*-*-*-*x"];

/** Subjects that pump each pattern: a long run of what it repeats, then a character that fails it. */
export function pumpedSubjects(length: number): string[] {
  const runs = ["a", "aa", "0", "a ", "/a", "a-", "a.", " ", "=", "\u0600", "a,", "ab"];
  return runs.flatMap((r) => {
    const body = r.repeat(Math.ceil(length / r.length)).slice(0, length - 1);
    return [body + "!", "/api/" + body + "\u0000", "https://shop.test/" + body + "?"];
  });
}
