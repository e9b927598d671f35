// Pattern matching and sign-in hashing (#26), each against a baseline measured in the same run:
// - URL globs: matchGlob (no backtracking) vs the regex they used to compile to (`^…$`, `.*` per
//   star), on typical URLs; and both on a pumped URL with a many-star glob (the regex's worst case
//   is capped here at a size it survives, the real one froze pages);
// - URL regexes on the server: RE2 (re2js, linear) vs V8's backtracking engine on safe patterns;
// - the save-time check: recheck per pattern, cold (first call starts its agent) and cached;
// - sign-in: the event loop's responsiveness while hashes run (native, off the loop) vs idle.
import { performance } from "node:perf_hooks";
import { re2Engine } from "@/lib/rules/linear-regex";
import { matchGlob } from "@/lib/rules/url-match";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { urlPatternProblem } from "@/lib/triggers/pattern-safety";

const URLS = ["/api/search?q=shoes&page=2", "/api/catalog/products-bestsellers?page=2", "/static/js/main.3f9a1c.js", "/api/cart/items/123", "/images/hero@2x.png"];
const GLOBS = ["/api/search*", "/api/*/items/*", "*.png", "/static/*"];
const asRegex = (glob: string) => new RegExp("^" + glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");

function perOp(n: number, f: () => void): number {
  for (let i = 0; i < Math.min(n, 1000); i++) f();
  const t = performance.now();
  for (let i = 0; i < n; i++) f();
  return ((performance.now() - t) * 1e6) / n; // ns per op
}

/** The longest gap between 1 ms timer ticks while `work` runs, in ms: how long the event loop was held. */
async function loopHeld(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(tick);
  return worst;
}

export async function benchPatterns(): Promise<string[]> {
  const out = ["## Patterns and sign-in (#26)"];
  const globRe = GLOBS.map(asRegex);
  const glob = perOp(200_000, () => GLOBS.forEach((g) => URLS.forEach((u) => matchGlob(g, u))));
  const viaRegex = perOp(200_000, () => globRe.forEach((r) => URLS.forEach((u) => r.test(u))));
  out.push(`globs on typical URLs (${GLOBS.length}×${URLS.length} per op): matchGlob ${(glob / 1000).toFixed(2)} µs vs regex translation ${(viaRegex / 1000).toFixed(2)} µs per op: ${(viaRegex / glob).toFixed(2)}× the baseline's speed`);
  // small enough for the translated regex to finish (its cost grows with the URL's length to the
  // power of the stars): 4 stars on 85 chars
  const star = "*a*a*a*Z";
  const pumped = "/api/" + "a/".repeat(40);
  const starGlob = perOp(200, () => matchGlob(star, pumped));
  const starRe = asRegex(star);
  const starRegex = perOp(3, () => starRe.test(pumped));
  out.push(`"${star}" on a ${pumped.length}-char URL: matchGlob ${(starGlob / 1000).toFixed(2)} µs vs regex translation ${(starRegex / 1e6).toFixed(1)} ms (${Math.round(starRegex / starGlob)}× slower; 12 stars and 6,000 chars froze a tab)`);
  const safe = ["^/api/v\\d+/search", "\\.(png|jpe?g)$", "^/api/[\\w-]+/items/\\d+$"];
  const re2 = safe.map((s) => re2Engine(s, ""));
  const v8 = safe.map((s) => new RegExp(s));
  const tRe2 = perOp(50_000, () => re2.forEach((t) => URLS.forEach((u) => t(u))));
  const tV8 = perOp(50_000, () => v8.forEach((r) => URLS.forEach((u) => r.test(u))));
  out.push(`safe regexes on the server: RE2 ${(tRe2 / 1000).toFixed(2)} µs vs V8 ${(tV8 / 1000).toFixed(2)} µs per ${safe.length}×${URLS.length} matches: ${(tV8 / tRe2).toFixed(2)}× V8's speed (the price of never backtracking; the simulator matches a handful per run)`);
  let t = performance.now();
  await urlPatternProblem({ kind: "regex", source: "^/api/v\\d+/orders/[\\w-]+$" });
  const cold = performance.now() - t;
  t = performance.now();
  await urlPatternProblem({ kind: "regex", source: "^/api/v\\d+/orders/[\\w-]+$" });
  const cached = performance.now() - t;
  t = performance.now();
  await urlPatternProblem({ kind: "regex", source: "(/?[\\w-]+)+\\.json$" });
  const evil = performance.now() - t;
  out.push(`save-time check (recheck): first pattern ${cold.toFixed(0)} ms (starts its agent), a catastrophic one ${evil.toFixed(0)} ms, a pattern seen before ${cached.toFixed(2)} ms`);
  const idle = await loopHeld(() => new Promise((r) => setTimeout(r, 500)));
  const hash = await hashPassword("bench-password-123");
  const busy = await loopHeld(() => Promise.all(Array.from({ length: 20 }, (_, i) => verifyPassword(`guess-${i}`, hash))));
  out.push(`event loop held while 20 bcrypt checks (cost 12) run: ${busy.toFixed(1)} ms at worst vs ${idle.toFixed(1)} ms idle (same run; pure-JS bcrypt held it for the whole burst)`);
  return out;
}
