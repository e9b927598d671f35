// The rules the wild suite's stand-in endpoint serves: one campaign for every trigger type, each
// made as the builder makes a new one (its trigger at the registry's defaults, the message and
// caps at the form's defaults) and compiled by the same code that publishes real rules. Nothing is
// hand-copied: when a default changes in lib/triggers, the suite measures the new default.
import { capsInput, messageInput, workspaceSettings } from "@/lib/campaigns/schemas";
import { compileRules } from "@/lib/rules/compile";
import { compiledRules, type CompiledRules } from "@/lib/rules/contract";
import { TRIGGERS, TRIGGER_TYPES, compiledTrigger, type TriggerType } from "@/lib/triggers/registry";

/** The one field a default cannot choose: the custom event's name (no page here reports it). */
const REQUIRED_CHOICES: Partial<Record<TriggerType, Record<string, unknown>>> = {
  custom: { name: "wild_custom_event" },
};

/** The campaign id of a trigger type's campaign (an apology event names it). */
export const campaignId = (type: string) => `wild_${type}`;

export function wildRules(): CompiledRules {
  const body = compileRules({
    settings: workspaceSettings.parse({}),
    attributeDefaults: {},
    campaigns: TRIGGER_TYPES.map((type) => ({
      id: campaignId(type),
      priority: 0,
      trigger: compiledTrigger.parse({ ...TRIGGERS[type].defaults, ...REQUIRED_CHOICES[type] }),
      message: messageInput.parse({ title: `<<name|Hi there>>, sorry: ${TRIGGERS[type].name}`, body: "We are taking a look." }),
      caps: capsInput.parse({}),
    })),
  });
  return compiledRules.parse({ ...body, revision: 1, generatedAt: new Date(0).toISOString(), expiresAt: "2999-01-01T00:00:00.000Z" });
}
