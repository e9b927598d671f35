"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { EMPTY_CONDITION } from "@/lib/rules/audience-defaults";
import { CONDITION_WORDS as OP_LABELS } from "@/lib/rules/condition-words";
import { CONDITION_OPS, type Audience, type Condition } from "@/lib/rules/contract";
import { Input, Select } from "@/components/ui/input";



function valueText(c: Condition): string {
  if (c.value === undefined) return "";
  return Array.isArray(c.value) ? c.value.join(", ") : String(c.value);
}

function parseValue(text: string, c: Condition): Condition["value"] {
  const one = (s: string) => (c.type === "number" && s.trim() !== "" && isFinite(Number(s)) ? Number(s) : s.trim());
  if (c.op === "in" || c.op === "nin") return text.split(",").map(one).filter((x) => x !== "");
  if (c.type === "boolean") return text.trim() === "true";
  return one(text);
}

/** AND/OR groups of conditions, one level deep; attributes, or $path, $device and $locale. */
export function AudienceEditor({
  value,
  onChange,
  disabled,
  attributes = [],
}: {
  value: Audience;
  onChange: (a: Audience) => void;
  disabled?: boolean;
  /** attributes the SDK has seen on identified users (offered first in the attribute field) */
  attributes?: string[];
}) {
  // one list per editor: a page with several editors must not repeat an id
  const listId = useId();
  const setGroup = (gi: number, g: Audience["groups"][number]) => onChange({ ...value, groups: value.groups.map((x, i) => (i === gi ? g : x)) });
  const setCond = (gi: number, ci: number, patch: Partial<Condition>) => {
    const g = value.groups[gi];
    setGroup(gi, { ...g, conditions: g.conditions.map((c, i) => (i === ci ? { ...c, ...patch } : c)) });
  };
  return (
    <fieldset disabled={disabled} className="space-y-3" data-testid="audience-editor">
      <label className="text-sm">
        Users must match{" "}
        <Select aria-label="Combine groups with" value={value.op} onChange={(e) => onChange({ ...value, op: e.target.value as Audience["op"] })} size="inline">
          <option value="and">all groups</option>
          <option value="or">any group</option>
        </Select>
      </label>
      {value.groups.map((g, gi) => (
        <div key={gi} className="space-y-2 rounded-lg border border-slate-200 p-3">
          <div className="flex items-center gap-2 text-sm">
            <span>Group {gi + 1}: match</span>
            <Select aria-label={`Group ${gi + 1} matches`} value={g.op} onChange={(e) => setGroup(gi, { ...g, op: e.target.value as Audience["op"] })} size="inline">
              <option value="and">all conditions</option>
              <option value="or">any condition</option>
            </Select>
            {value.groups.length > 1 && (
              <Button type="button" variant="ghost" className="ml-auto" onClick={() => onChange({ ...value, groups: value.groups.filter((_, i) => i !== gi) })}>
                Remove group {gi + 1}
              </Button>
            )}
          </div>
          {g.conditions.map((c, ci) => {
            const n = `group ${gi + 1} condition ${ci + 1}`;
            return (
              <div key={ci} className="flex flex-wrap items-center gap-2">
                <Input
                  aria-label={`Attribute of ${n}`}
                  list={listId}
                  value={c.attr}
                  onChange={(e) => setCond(gi, ci, { attr: e.target.value })}
                  size="inline" className="w-32"
                />
                <Select aria-label={`Operator of ${n}`} value={c.op} onChange={(e) => setCond(gi, ci, { op: e.target.value as Condition["op"] })} size="inline">
                  {CONDITION_OPS.map((op) => (
                    <option key={op} value={op}>
                      {OP_LABELS[op]}
                    </option>
                  ))}
                </Select>
                {c.op !== "exists" && c.op !== "nexists" && (
                  <Input
                    aria-label={`Value of ${n}`}
                    defaultValue={valueText(c)}
                    onChange={(e) => setCond(gi, ci, { value: parseValue(e.target.value, c) })}
                    size="inline" className="w-40"
                    placeholder={c.op === "in" || c.op === "nin" ? "a, b, c" : ""}
                  />
                )}
                <Select aria-label={`Type of ${n}`} value={c.type} onChange={(e) => setCond(gi, ci, { type: e.target.value as Condition["type"], value: parseValue(valueText(c), { ...c, type: e.target.value as Condition["type"] }) })} size="inline">
                  <option value="string">text</option>
                  <option value="number">number</option>
                  <option value="boolean">yes/no</option>
                  <option value="date">date</option>
                </Select>
                {g.conditions.length > 1 && (
                  <Button type="button" variant="ghost" onClick={() => setGroup(gi, { ...g, conditions: g.conditions.filter((_, i) => i !== ci) })}>
                    Remove
                  </Button>
                )}
              </div>
            );
          })}
          <Button type="button" variant="ghost" onClick={() => setGroup(gi, { ...g, conditions: [...g.conditions, EMPTY_CONDITION] })}>
            Add condition to group {gi + 1}
          </Button>
        </div>
      ))}
      <Button type="button" variant="ghost" onClick={() => onChange({ ...value, groups: [...value.groups, { op: "and", conditions: [EMPTY_CONDITION] }] })}>
        Add group
      </Button>
      <datalist id={listId}>
        {attributes
          .filter((a) => !a.startsWith("$"))
          .map((a) => (
            <option key={a} value={a} />
          ))}
        <option value="$path">page path</option>
        <option value="$device">mobile, tablet or desktop</option>
        <option value="$locale">browser or user locale</option>
        {!attributes.includes("plan") && <option value="plan" />}
      </datalist>
    </fieldset>
  );
}
