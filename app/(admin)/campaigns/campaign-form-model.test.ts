// The builder form's mapping, for every trigger type in the registry: what a user saved is what
// the form shows, and saving again changes nothing (issue #16: settings must not vanish).
import { describe, expect, it } from "vitest";
import table from "@/lib/rules/cases.json";
import type { CampaignView } from "@/lib/campaigns/view";
import { campaignInput } from "@/lib/campaigns/schemas";
import { TRIGGER_TYPES, TRIGGERS, type CompiledTrigger } from "@/lib/triggers/registry";
import { EMPTY_FORM, formFieldFor, fromView, switchTriggerType, toDefinition, toInput } from "./campaign-form-model";

const samples = (table.rulesets as unknown as Record<string, { campaigns: { trigger: CompiledTrigger }[] }>).basic.campaigns.map((c) => c.trigger);

function view(definition: CompiledTrigger): CampaignView {
  return {
    id: "c1",
    name: "Sorry",
    status: "draft",
    priority: 0,
    audience: { kind: "everyone" },
    rolloutPercent: 100,
    holdoutPercent: 0,
    schedule: null,
    trigger: { id: "t1", name: "When it fails", definition },
    message: { title: "Sorry <<name|there>>", body: "We are on it.", style: "toast", position: "bottom-right", autoDismissMs: 8000 },
    caps: { perSession: 0 },
    createdAt: "",
    updatedAt: "",
  } as CampaignView;
}

describe("campaign form model", () => {
  it("covers every trigger type with the sample definitions", () => {
    expect(new Set(samples.map((s) => s.type))).toEqual(new Set(TRIGGER_TYPES));
  });

  it.each(samples.map((s) => [s.type, s] as const))("a saved %s trigger comes back into the form exactly", (_type, def) => {
    expect(toDefinition(fromView(view(def)))).toEqual(def);
  });

  it.each(TRIGGER_TYPES)("a new %s trigger from the defaults is a valid campaign (given the required event name)", (type) => {
    // what the form holds once "Fires when" is set to `type` and no field was touched
    const v = { ...EMPTY_FORM, name: "n", triggerName: "t", type, def: { ...switchTriggerType(type, EMPTY_FORM.def, () => false), name: "checkout_failed" } };
    const parsed = campaignInput.safeParse(toInput(v));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(toDefinition(v)).toMatchObject(TRIGGERS[type].defaults);
  });

  it("switching the type keeps what the user typed and gives untouched fields the new type's defaults", () => {
    // durations show in seconds
    const typed = { ...EMPTY_FORM.def, withinMs: 2.5 };
    expect(switchTriggerType("rage_click", typed, () => false).withinMs).toBe(1);
    expect(switchTriggerType("error_click", typed, () => false).withinMs).toBe(3);
    expect(switchTriggerType("rage_click", typed, (k) => k === "withinMs").withinMs).toBe(2.5);
  });

  it("edits durations in seconds and stores them in ms, fractions included", () => {
    const v = fromView(view({ type: "slow_request", methods: [], thresholdMs: 2500 }));
    expect(v.def.thresholdMs).toBe(2.5);
    expect(toDefinition({ ...v, def: { ...v.def, thresholdMs: 1.25 } })).toMatchObject({ thresholdMs: 1250 });
    // an optional duration left empty stays absent
    const page = fromView(view({ type: "slow_page", thresholdMs: 4000 }));
    expect(Number.isNaN(page.def.blockedMs)).toBe(true);
    expect(toDefinition(page)).toEqual({ type: "slow_page", thresholdMs: 4000 });
  });

  it("marks the field an error is about", () => {
    expect(formFieldFor("trigger.definition.url.source")).toBe("def.url.source");
    expect(formFieldFor("trigger.definition.url.flags")).toBe("def.url.flags");
    expect(formFieldFor("trigger.definition.statuses.2")).toBe("def.statuses");
    expect(formFieldFor("trigger.definition.thresholdMs")).toBe("def.thresholdMs");
    expect(formFieldFor("trigger.definition.nonsense")).toBe("root");
    expect(formFieldFor("message.title")).toBe("title");
  });
});
