// Checks shared by several trigger types that a schema cannot express. Synchronous and
// browser-safe: the trigger editor runs them while the person types.
import { parse as parseSelector } from "css-what";
import type { UrlMatch } from "@/lib/rules/contract";
import { re2Engine } from "@/lib/rules/linear-regex";

/**
 * A regex URL pattern must compile in JavaScript (the SDK runs it with `new RegExp`) and in RE2
 * (the server matches with it): what RE2 lacks (lookaround, backreferences) only a backtracking
 * engine can run. Whether it matches in linear time is pattern-safety.ts's async check.
 */
export function checkUrlRegex(url: UrlMatch | undefined) {
  if (url?.kind !== "regex") return undefined;
  try {
    new RegExp(url.source, url.flags ?? "");
  } catch (e) {
    return { path: "url.source", message: `Invalid regular expression: ${(e as Error).message}` };
  }
  try {
    re2Engine(url.source, url.flags ?? "");
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, "");
    return { path: "url.source", message: `This regex uses what only a backtracking engine can run (${why}): lookahead, lookbehind and backreferences are not supported. Rewrite it without them, or use a glob.` };
  }
  return undefined;
}

/** Compound selectors (parts between combinators) one selector may chain; browsers check each against an element and its ancestors. */
export const MAX_SELECTOR_PARTS = 16;

/**
 * A selector given must not be blank and must parse as CSS (browsers match it with
 * `Element.matches`, once per failure, on the element that failed). `:has()` is refused: it makes
 * the browser scan the element's whole subtree, and a failure's own element never needs it.
 */
export function checkSelector(selector: string | undefined) {
  if (selector === undefined) return undefined;
  if (!selector.trim()) return { path: "selector", message: "Selector cannot be blank" };
  let parsed: ReturnType<typeof parseSelector>;
  try {
    parsed = parseSelector(selector);
  } catch (e) {
    return { path: "selector", message: `Not a valid CSS selector: ${(e as Error).message}` };
  }
  let parts = 0;
  const walk = (list: ReturnType<typeof parseSelector>): string | undefined => {
    for (const seq of list) {
      parts++;
      for (const token of seq) {
        if (token.type === "descendant" || token.type === "child" || token.type === "sibling" || token.type === "adjacent") parts++;
        if (token.type === "pseudo" && token.name === "has") return "`:has()` is not supported here: it makes the browser scan a whole subtree. Select the element itself.";
        if (token.type === "pseudo" && Array.isArray(token.data)) {
          const inner = walk(token.data);
          if (inner) return inner;
        }
      }
    }
    return parts > MAX_SELECTOR_PARTS ? `Selector is too complex: at most ${MAX_SELECTOR_PARTS} parts.` : undefined;
  };
  const problem = walk(parsed);
  return problem ? { path: "selector", message: problem } : undefined;
}
