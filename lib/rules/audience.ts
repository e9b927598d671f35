// Audience conditions on user attributes and page context, AND/OR groups one level deep.
import type { Audience, Condition } from "./contract";

export interface PageContext {
  path?: string;
  device?: "mobile" | "tablet" | "desktop";
  locale?: string;
}

function read(c: Condition, user: Record<string, unknown>, page: PageContext): unknown {
  return c.attr === "$path" ? page.path : c.attr === "$device" ? page.device : c.attr === "$locale" ? page.locale : user[c.attr];
}

/** `v` as the condition's type compares it; undefined when absent, empty or not of that type. */
function coerce(v: unknown, type: Condition["type"]): string | number | boolean | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  if (type === "boolean") return v === true || v === "true" ? true : v === false || v === "false" ? false : undefined;
  if (type === "string") return ["string", "number", "boolean"].includes(typeof v) ? String(v) : undefined;
  // number, or date as ms since epoch
  const n = typeof v === "number" ? v : type === "date" ? Date.parse(String(v)) : Number(v);
  return isFinite(n) ? n : undefined;
}

export function conditionMatches(c: Condition, user: Record<string, unknown>, page: PageContext): boolean {
  const actual = coerce(read(c, user, page), c.type);
  const op = c.op;
  if (op === "exists" || op === "nexists") return (actual === undefined) === (op === "nexists");
  // the negated operators hold for a user who lacks the attribute
  const negated = op === "neq" || op === "nin";
  if (actual === undefined) return negated;
  const list = ([] as unknown[]).concat(c.value).map((x) => coerce(x, c.type));
  const want = list[0];
  if (op === "eq" || op === "neq") return (actual === want) !== negated;
  if (op === "in" || op === "nin") return list.includes(actual) !== negated;
  if (typeof actual !== "string" || typeof want !== "string") {
    if (op === "contains" || op === "starts" || typeof actual === "boolean" || typeof want === "boolean" || want === undefined) return false;
  } else if (op === "contains") return actual.includes(want);
  else if (op === "starts") return actual.startsWith(want);
  const [a, b] = c.type === "string" ? [String(actual), String(want)] : [Number(actual), Number(want)];
  return op === "gt" ? a > b : op === "gte" ? a >= b : op === "lt" ? a < b : a <= b;
}

export function audienceMatches(a: Audience | undefined, user: Record<string, unknown>, page: PageContext): boolean {
  if (!a) return true;
  const all = <T>(op: "and" | "or", xs: T[], f: (x: T) => boolean) => (op === "and" ? xs.every(f) : xs.some(f));
  return all(a.op, a.groups, (g) => all(g.op, g.conditions, (c) => conditionMatches(c, user, page)));
}
