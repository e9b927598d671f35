"use client";
// The simulator's sample user as attribute fields (name and value per row), with JSON as an option
// for pasting a real user object (#27: raw JSON was the only way, and "not valid JSON" all it said).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { STANDARD_ATTRIBUTES } from "@/lib/rules/attribute-hints";

export type SampleUser = Record<string, string | number | boolean>;
interface Row {
  key: number;
  attr: string;
  value: string;
}

let nextKey = 0;
const rowsOf = (user: SampleUser): Row[] => Object.entries(user).map(([attr, v]) => ({ key: nextKey++, attr, value: String(v) }));
const userOf = (rows: Row[]): SampleUser => Object.fromEntries(rows.filter((r) => r.attr.trim()).map((r) => [r.attr.trim(), r.value]));

/**
 * Parses the JSON editor's text into a user: an object of strings, numbers and booleans. Throws an
 * Error whose message says what is wrong and where (JSON.parse's own position, or the attribute).
 */
export function parseSampleUser(text: string): SampleUser {
  let v: unknown;
  try {
    v = JSON.parse(text.trim() || "{}");
  } catch (e) {
    throw new Error(`Sample user: not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error('Sample user: write an object of attributes, like { "id": "u_1", "name": "Jackie" }');
  for (const [k, x] of Object.entries(v)) {
    if (!["string", "number", "boolean"].includes(typeof x)) throw new Error(`Sample user: “${k}” must be text, a number or true/false (the SDK's identify takes no nested values)`);
  }
  return v as SampleUser;
}

/** Attribute rows, or a JSON editor; `onChange` gets the user, or an Error while the JSON does not parse. */
export function SampleUserFields({ initial, onChange }: { initial: SampleUser; onChange: (user: SampleUser | Error) => void }) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(initial));
  const [json, setJson] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function setAll(next: Row[]) {
    setRows(next);
    onChange(userOf(next));
  }
  function editJson(text: string) {
    setJson(text);
    try {
      onChange(parseSampleUser(text));
      setProblem(null);
    } catch (e) {
      onChange(e as Error);
      setProblem((e as Error).message);
    }
  }

  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium">Sample user</legend>
      {json === null ? (
        <>
          <ul className="space-y-1.5">
            {rows.map((r, i) => (
              <li key={r.key} className="flex gap-2">
                <Input
                  aria-label={`Attribute ${i + 1} name`}
                  value={r.attr}
                  list="sample-user-attributes"
                  placeholder="attribute"
                  className="w-36 font-mono"
                  onChange={(e) => setAll(rows.map((x) => (x.key === r.key ? { ...x, attr: e.target.value } : x)))}
                />
                <Input
                  aria-label={r.attr.trim() ? `Sample user's ${r.attr.trim()}` : `Attribute ${i + 1} value`}
                  value={r.value}
                  placeholder="value"
                  className="min-w-0 flex-1"
                  onChange={(e) => setAll(rows.map((x) => (x.key === r.key ? { ...x, value: e.target.value } : x)))}
                />
                <Button type="button" variant="ghost" aria-label={`Remove ${r.attr.trim() || `attribute ${i + 1}`}`} onClick={() => setAll(rows.filter((x) => x.key !== r.key))}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
          <datalist id="sample-user-attributes">
            {STANDARD_ATTRIBUTES.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setRows([...rows, { key: nextKey++, attr: "", value: "" }])}>
              Add attribute
            </Button>
            <Button type="button" variant="ghost" onClick={() => setJson(JSON.stringify(userOf(rows), null, 2))}>
              Edit as JSON
            </Button>
          </div>
          <p className="text-xs text-slate-500">
            <code>locale</code> picks the apology&apos;s translation, as the SDK does (without it, the browser language below).
          </p>
        </>
      ) : (
        <>
          <Textarea aria-label="Sample user (JSON)" value={json} onChange={(e) => editJson(e.target.value)} rows={4} className="font-mono" aria-invalid={problem ? true : undefined} />
          {problem && (
            <p className="text-xs text-rose-700" role="status">
              {problem}
            </p>
          )}
          <Button
            type="button"
            variant="ghost"
            disabled={!!problem}
            onClick={() => {
              setRows(rowsOf(parseSampleUser(json)));
              setJson(null);
            }}
          >
            Edit as fields
          </Button>
        </>
      )}
    </fieldset>
  );
}
