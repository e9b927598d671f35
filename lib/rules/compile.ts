// Workspace settings + active campaigns → the client-safe rules for one environment.
// Deterministic: the same input gives the same bytes, so the ETag can be a content hash.
import type { Audience, CompiledCampaign, CompiledRules, Schedule } from "./contract";
import { compileCopy } from "./copy";
import { disputeLabelFor } from "./dispute-labels";
import type { CapsInput, MessageInput, TriggerDefinition } from "@/lib/campaigns/schemas";

export interface CompileInput {
  settings: { minGapMs: number; maxPerSession?: number };
  attributeDefaults: Record<string, string>;
  campaigns: Array<{
    id: string;
    priority: number;
    trigger: TriggerDefinition;
    message: MessageInput;
    caps: CapsInput;
    audience?: Audience;
    rolloutPercent?: number;
    holdoutPercent?: number;
    schedule?: Schedule | null;
  }>;
}

export type CompiledBody = Omit<CompiledRules, "revision" | "generatedAt" | "expiresAt">;

export class CopyError extends Error {
  constructor(
    public campaignId: string,
    message: string,
  ) {
    super(message);
  }
}

export function compileRules(input: CompileInput): CompiledBody {
  const campaigns: CompiledCampaign[] = [...input.campaigns]
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => {
      const copy = (t: string) => {
        const r = compileCopy(t, input.attributeDefaults);
        if (r.problems[0]) throw new CopyError(c.id, r.problems[0].message);
        return r.parts;
      };
      const variants = c.message.variants
        ? Object.fromEntries(
            Object.keys(c.message.variants)
              .sort()
              .map((l) => {
                const dispute = c.message.disputeLink !== false ? disputeLabelFor(l) : undefined;
                return [l, { title: copy(c.message.variants![l].title), body: copy(c.message.variants![l].body), ...(dispute ? { disputeLabel: dispute } : {}) }];
              }),
          )
        : undefined;
      const out: CompiledCampaign = {
        id: c.id,
        priority: c.priority,
        trigger: c.trigger,
        message: {
          title: copy(c.message.title),
          body: copy(c.message.body),
          style: c.message.style,
          position: c.message.position,
          autoDismissMs: c.message.autoDismissMs,
          ...(c.message.disputeLink !== false ? { disputable: true } : {}),
          ...(c.message.action ? { action: c.message.action } : {}),
          ...(variants && Object.keys(variants).length ? { variants } : {}),
        },
        caps: {
          perSession: c.caps.perSession,
          ...(c.caps.perUser ? { perUser: c.caps.perUser } : {}),
          ...(c.caps.perDay ? { perDay: c.caps.perDay } : {}),
          ...(c.caps.dedupeWindowMs ? { dedupeWindowMs: c.caps.dedupeWindowMs } : {}),
        },
      };
      // Defaults are left out so typical rules stay small on the wire.
      if (c.audience) out.audience = c.audience;
      if (c.rolloutPercent !== undefined && c.rolloutPercent < 100) out.rolloutPercent = c.rolloutPercent;
      if (c.holdoutPercent) out.holdoutPercent = c.holdoutPercent;
      if (c.schedule) out.schedule = c.schedule;
      return out;
    });
  const settings: CompiledBody["settings"] = { minGapMs: input.settings.minGapMs };
  if (input.settings.maxPerSession) settings.maxPerSession = input.settings.maxPerSession;
  return { schemaVersion: 1, settings, campaigns };
}
