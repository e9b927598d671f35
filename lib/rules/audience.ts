// Audience conditions on user attributes and page context, AND/OR groups one level deep.
import type { Audience, Condition } from "./contract";

export interface PageContext {
  path?: string;
  device?: "mobile" | "tablet" | "desktop";
  locale?: string;
}

function read(c: Condition, user: Record<string, unknown>, page: PageContext): unknown {
  if (c.attr === "$path") return page.path;
  if (c.attr === "$device") return page.device;
  if (c.attr === "$locale") return page.locale;
  return user[c.attr];
}

function coerce(v: unknown, type: Condition["type"]): string | number | boolean | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  switch (type) {
    case "number": {
      const n = typeof v === "number" ? v : Number(v);
      return isFinite(n) ? n : undefined;
    }
    case "boolean":
      return v === true || v === "true" ? true : v === false || v === "false" ? false : undefined;
    case "date": {
      const t = typeof v === "number" ? v : Date.parse(String(v));
      return isFinite(t) ? t : undefined;
    }
    default:
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
  }
}

export function conditionMatches(c: Condition, user: Record<string, unknown>, page: PageContext): boolean {
  const actual = coerce(read(c, user, page), c.type);
  if (c.op === "exists") return actual !== undefined;
  if (c.op === "nexists") return actual === undefined;
  if (actual === undefined) return c.op === "neq" || c.op === "nin";
  const list = Array.isArray(c.value) ? c.value.map((x) => coerce(x, c.type)) : [coerce(c.value, c.type)];
  const want = list[0];
  switch (c.op) {
    case "eq":
      return actual === want;
    case "neq":
      return actual !== want;
    case "in":
      return list.includes(actual);
    case "nin":
      return !list.includes(actual);
    case "contains":
      return typeof actual === "string" && typeof want === "string" && actual.includes(want);
    case "starts":
      return typeof actual === "string" && typeof want === "string" && actual.startsWith(want);
    default: {
      if (typeof actual === "boolean" || typeof want === "boolean" || want === undefined) return false;
      const [a, b] = c.type === "string" ? [String(actual), String(want)] : [Number(actual), Number(want)];
      return c.op === "gt" ? a > b : c.op === "gte" ? a >= b : c.op === "lt" ? a < b : a <= b;
    }
  }
}

export function audienceMatches(a: Audience | undefined, user: Record<string, unknown>, page: PageContext): boolean {
  if (!a) return true;
  const group = (g: Audience["groups"][number]) =>
    g.op === "and" ? g.conditions.every((c) => conditionMatches(c, user, page)) : g.conditions.some((c) => conditionMatches(c, user, page));
  return a.op === "and" ? a.groups.every(group) : a.groups.some(group);
}
