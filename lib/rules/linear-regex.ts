// A linear-time regex engine for the server and the admin: RE2 (the re2js port), which never
// backtracks, so a pattern an editor saved cannot stall the one server (the simulator) or the
// editor's own tab (the builder's URL tester). The SDK cannot carry it (8 KB budget): there, only
// patterns pattern-safety.ts proved linear for a backtracking engine are ever published.
import { RE2JS } from "re2js";
import { setRegexEngine, type RegexEngine } from "./url-match";

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0 };

/**
 * Compiles a JavaScript regex source with RE2 semantics. Throws (RE2JSSyntaxException) on what RE2
 * does not have: lookahead, lookbehind, backreferences: the features only a backtracking engine
 * can run.
 */
export const re2Engine: RegexEngine = (source, flags) => {
  let f = 0;
  for (const c of flags) f |= FLAGS[c] ?? 0;
  const re = RE2JS.compile(RE2JS.translateRegExp(source), f);
  return (s) => re.test(s);
};

/** Makes matchUrl use RE2 in this module graph (call once where server or admin code evaluates rules). */
export function installLinearRegex(): void {
  setRegexEngine(re2Engine);
}
