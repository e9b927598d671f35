// What the registry's types cannot enforce: every trigger type is complete (labels, builder
// fields for every definition key, valid defaults, a docs row, conformance cases) and consistent.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import table from "@/lib/rules/cases.json";
import { compiledTrigger, failureInput, storedTriggerType, TRIGGER_TYPES, TRIGGERS, triggerName } from "./registry";

const docs = readFileSync("docs/rules-format.md", "utf8");

describe("trigger registry", () => {
  it.each(TRIGGER_TYPES)("%s is complete: names, a builder field for every definition key, valid defaults", (type) => {
    const spec = TRIGGERS[type];
    expect(spec.type).toBe(type);
    expect(spec.name.trim()).not.toBe("");
    expect(spec.firesWhen.trim()).not.toBe("");
    const keys = Object.keys(spec.schema.shape).filter((k) => k !== "type").sort();
    // a definition key without a field would be invisible and uneditable in the builder
    expect(spec.fields.map((f) => f.key).sort()).toEqual(keys);
    expect(spec.schema.partial().parse(spec.defaults)).toEqual(spec.defaults);
    expect(spec.simulateFields.length).toBeGreaterThan(0);
    for (const f of spec.simulateFields) expect(Object.keys(spec.failure.shape)).toContain(f.key);
  });

  it.each(TRIGGER_TYPES)("%s has a row in docs/rules-format.md and conformance cases in cases.json", (type) => {
    expect(docs).toMatch(new RegExp(`^\\| \`${type}\` \\|`, "m"));
    expect(table.cases.filter((c) => c.signal.type === type).length).toBeGreaterThanOrEqual(2);
  });

  it("the stored and simulated unions list every type, once", () => {
    expect([...compiledTrigger.options.map((o) => o.shape.type.value)].sort()).toEqual([...TRIGGER_TYPES].sort());
    expect([...failureInput.options.map((o) => o.shape.type.value)].sort()).toEqual([...TRIGGER_TYPES].sort());
    expect(new Set(TRIGGER_TYPES).size).toBe(TRIGGER_TYPES.length);
  });

  it("names and 'fires when' wordings are unique, so charts and selects never show two alike", () => {
    expect(new Set(TRIGGER_TYPES.map((t) => TRIGGERS[t].name)).size).toBe(TRIGGER_TYPES.length);
    expect(new Set(TRIGGER_TYPES.map((t) => TRIGGERS[t].firesWhen)).size).toBe(TRIGGER_TYPES.length);
  });

  it("a key shared by several types is the same kind of field in each (the form keeps one value per key)", () => {
    const kinds = new Map<string, string>();
    for (const t of TRIGGER_TYPES)
      for (const f of TRIGGERS[t].fields) {
        expect(kinds.get(f.key) ?? f.kind, `${t}.${f.key}`).toBe(f.kind);
        kinds.set(f.key, f.kind);
      }
  });

  it("names unknown and empty trigger ids as they are", () => {
    expect(triggerName("http_error")).toBe("Request failed");
    expect(triggerName("from_a_newer_sdk")).toBe("from_a_newer_sdk");
    expect(triggerName("")).toBe("No trigger");
  });
});

describe("stored trigger types (text since #28, no enum)", () => {
  it("reads every registry type back, and names a type this version does not know", () => {
    for (const t of TRIGGER_TYPES) expect(storedTriggerType(t)).toBe(t);
    expect(() => storedTriggerType("foo_bar")).toThrow(/Unknown trigger type "foo_bar".*http_error/);
  });
});
