// Hints for copy tokens that name an attribute nobody declared: `<<nmae|there>>` compiles (it has a
// fallback) but every visitor would read "there". Attributes are free-form (whatever the site
// passes to identify), so these are warnings, never errors.
import { closest, distance } from "fastest-levenshtein";
import { compileCopy } from "./copy";

/** Attributes sites commonly pass to `identify` (README: Identify users), known in every workspace. */
export const STANDARD_ATTRIBUTES = ["id", "name", "firstName", "lastName", "email", "plan", "locale", "country", "company"];

/**
 * One message per token whose attribute is neither standard nor has a workspace default:
 * "did you mean <<name>>?" when one is within 2 edits (Levenshtein), else what visitors will see.
 * `defaults`: the workspace's attribute defaults (their keys are declared attributes).
 */
export function attributeHints(template: string, defaults: Record<string, string>): string[] {
  const known = [...new Set([...STANDARD_ATTRIBUTES, ...Object.keys(defaults)])];
  const hints: string[] = [];
  for (const part of compileCopy(template, defaults).parts) {
    if (typeof part === "string" || known.includes(part.attr)) continue;
    const near = closest(part.attr, known);
    hints.push(
      distance(part.attr, near) <= 2
        ? `<<${part.attr}>>: did you mean <<${near}>>?`
        : `<<${part.attr}>> is not an attribute this workspace knows (${known.join(", ")}): visitors see its fallback unless your site sends it with identify`,
    );
  }
  return [...new Set(hints)];
}
