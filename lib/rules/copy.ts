// Copy tokens: `<<name>>` inserts a user attribute, `<<name|there>>` falls back to "there".
// Templates are parsed once at publish time into parts, so no client ever parses templates.
// Pure and dependency-free: the SDK bundles this file.
import type { CompiledCopy } from "./contract";

const TOKEN = /<<\s*([A-Za-z_][\w.-]{0,63})\s*(?:\|([^<>]*))?>>/g;
export const MAX_ATTR_LENGTH = 80;

export interface CopyProblem {
  token: string;
  message: string;
}

/**
 * Compiles a template to parts. A token with no inline fallback takes the workspace default for
 * that attribute; with neither, it is reported as a problem that names it.
 */
export function compileCopy(
  template: string,
  defaults: Record<string, string> = {},
): { parts: CompiledCopy; problems: CopyProblem[] } {
  const parts: CompiledCopy = [];
  const problems: CopyProblem[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const [whole, attr, inline] = m;
    if (m.index > last) parts.push(template.slice(last, m.index));
    const fallback = inline ?? defaults[attr];
    if (fallback === undefined) {
      problems.push({
        token: whole,
        message: `${whole} has no fallback: write <<${attr}|…>> or set a workspace default for "${attr}"`,
      });
    }
    parts.push({ attr, fallback: (fallback ?? "").trim() });
    last = m.index + whole.length;
  }
  if (last < template.length) parts.push(template.slice(last));
  // what is left of "<<" or ">>" in the text is a token someone meant to write: never show it raw
  for (const part of parts) {
    if (typeof part !== "string") continue;
    const open = part.indexOf("<<");
    const close = part.indexOf(">>");
    if (open >= 0) {
      const start = part.slice(open, open + 24);
      problems.push({ token: start, message: `“${start}${part.length > open + 24 ? "…" : ""}” is not a complete token: write <<name|fallback>> (letters, digits, _ . - in the name)` });
    } else if (close >= 0) {
      problems.push({ token: ">>", message: "“>>” closes no token: write <<name|fallback>>" });
    }
  }
  return { parts, problems };
}

/**
 * User-perceived characters (grapheme clusters, UAX #29) of `s`: an emoji sequence, a letter with
 * its combining marks, or a flag is one. Uses Intl.Segmenter (every current browser and Node);
 * without it, code points, so a surrogate pair is still never split.
 */
export function graphemes(s: string): string[] {
  const I = typeof Intl == "object" ? (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter : undefined;
  return I ? Array.from(new I(undefined, { granularity: "grapheme" }).segment(s), (x) => x.segment) : Array.from(s);
}

/** Renders parts to plain text. The result must be inserted as text (textContent), never HTML. */
export function renderCopy(parts: CompiledCopy, attrs: Record<string, unknown>): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const raw = attrs[part.attr];
    let value =
      typeof raw === "string" ? raw : typeof raw === "number" && isFinite(raw) ? String(raw) : "";
    value = value.trim();
    const chars = graphemes(value);
    if (chars.length > MAX_ATTR_LENGTH) value = chars.slice(0, MAX_ATTR_LENGTH - 1).join("") + "…";
    out += value || part.fallback;
  }
  return out;
}
