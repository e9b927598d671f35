// Checks shared by several trigger types that a schema cannot express.
import type { UrlMatch } from "@/lib/rules/contract";

/** A regex URL pattern must compile in JavaScript (the SDK runs it with `new RegExp`). */
export function checkUrlRegex(url: UrlMatch | undefined) {
  if (url?.kind !== "regex") return undefined;
  try {
    new RegExp(url.source, url.flags ?? "");
    return undefined;
  } catch (e) {
    return { path: "url.source", message: `Invalid regular expression: ${(e as Error).message}` };
  }
}

/** A selector given must not be blank (browsers match it with `Element.matches`). */
export function checkSelector(selector: string | undefined) {
  return selector !== undefined && !selector.trim() ? { path: "selector", message: "Selector cannot be blank" } : undefined;
}
