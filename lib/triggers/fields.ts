// The admin form's fields for a trigger, described as data: each trigger type lists its fields
// and the form renders and maps them generically, so a new trigger type needs no form code.
// Pure (no React, no zod): the form model and its tests use it on both server and client.
import { EMPTY_AUDIENCE } from "@/lib/rules/audience-defaults";
import type { Audience, UrlMatch } from "@/lib/rules/contract";

interface FieldBase {
  /** the key in the stored/compiled trigger definition */
  key: string;
  /** the visible label (tests and users find the field by it) */
  label: string;
  /** one line of plain-language help under the field */
  help?: string;
  placeholder?: string;
}

export type TriggerField =
  | (FieldBase & { kind: "url" }) // url?: UrlMatch — pattern, glob/regex, flags, and a tester
  | (FieldBase & { kind: "list"; case: "upper" | "lower" }) // string[] typed as "a, b"
  | (FieldBase & { kind: "number"; unit?: "ms"; optional?: boolean }) // number (optional: empty = absent); "ms": stored in ms, edited in seconds
  | (FieldBase & { kind: "text"; optional: boolean }) // string (optional: empty = absent)
  | (FieldBase & { kind: "checkbox"; whenAbsent?: boolean }) // boolean; absent from the definition means `whenAbsent`
  | (FieldBase & { kind: "audience" }); // optional conditions (an audience) on event properties

/** What the form holds for one field while it is edited. */
export type FieldFormValue = string | number | boolean | UrlFormValue | AudienceFormValue;
export interface UrlFormValue {
  kind: "glob" | "regex";
  source: string;
  flags: string;
}
export interface AudienceFormValue {
  on: boolean;
  audience: Audience;
}

/** Definition value → form value (a missing optional value gets the empty form value). */
export function toFormValue(f: TriggerField, v: unknown): FieldFormValue {
  switch (f.kind) {
    case "url": {
      const u = v as UrlMatch | undefined;
      return { kind: u?.kind ?? "glob", source: u?.source ?? "", flags: u?.flags ?? "" };
    }
    case "list":
      return ((v as string[] | undefined) ?? []).join(", ");
    case "number":
      // an optional number left out shows as an empty input (a number input's NaN); durations
      // are stored in ms and edited in seconds, the unit people think in
      return typeof v === "number" ? (f.unit === "ms" ? v / 1000 : v) : f.optional ? NaN : 0;
    case "text":
      return typeof v === "string" ? v : "";
    case "checkbox":
      return v === undefined ? f.whenAbsent === true : v === true;
    case "audience":
      return { on: !!v, audience: (v as Audience | undefined) ?? EMPTY_AUDIENCE };
  }
}

/** Form value → definition value; `undefined` leaves an optional key out. */
export function fromFormValue(f: TriggerField, v: FieldFormValue | undefined): unknown {
  switch (f.kind) {
    case "url": {
      const u = v as UrlFormValue | undefined;
      if (!u || !u.source.trim()) return undefined;
      return { kind: u.kind, source: u.source.trim(), ...(u.kind === "regex" && u.flags ? { flags: u.flags } : {}) };
    }
    case "list":
      return String(v ?? "")
        .split(",")
        .map((x) => (f.case === "upper" ? x.trim().toUpperCase() : x.trim().toLowerCase()))
        .filter(Boolean);
    case "number": {
      const n = typeof v === "number" ? v : v === "" || v === undefined ? NaN : Number(v);
      if (f.optional && Number.isNaN(n)) return undefined;
      return f.unit === "ms" ? Math.round(n * 1000) : n;
    }
    case "text": {
      const s = String(v ?? "").trim();
      return f.optional && !s ? undefined : s;
    }
    case "checkbox":
      // the value an absent key already means is left out, so older clients read it alike
      return f.whenAbsent !== undefined && (v === true) === f.whenAbsent ? undefined : v === true;
    case "audience": {
      const a = v as AudienceFormValue | undefined;
      return a?.on ? a.audience : undefined;
    }
  }
}
