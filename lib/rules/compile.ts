// Workspace settings + active campaigns → the client-safe rules for one environment.
// Deterministic: the same input gives the same bytes, so the ETag can be a content hash.
import type { CompiledCampaign, CompiledRules } from "./contract";
import { compileCopy } from "./copy";
import type { CapsInput, MessageInput, TriggerDefinition } from "@/lib/campaigns/schemas";

export interface CompileInput {
  settings: { minGapMs: number };
  attributeDefaults: Record<string, string>;
  campaigns: Array<{
    id: string;
    priority: number;
    trigger: TriggerDefinition;
    message: MessageInput;
    caps: CapsInput;
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
      const title = compileCopy(c.message.title, input.attributeDefaults);
      const body = compileCopy(c.message.body, input.attributeDefaults);
      const problem = title.problems[0] ?? body.problems[0];
      if (problem) throw new CopyError(c.id, problem.message);
      return {
        id: c.id,
        priority: c.priority,
        trigger: c.trigger,
        message: {
          title: title.parts,
          body: body.parts,
          style: c.message.style,
          position: c.message.position,
          autoDismissMs: c.message.autoDismissMs,
        },
        caps: { perSession: c.caps.perSession },
      };
    });
  return { schemaVersion: 1, settings: { minGapMs: input.settings.minGapMs }, campaigns };
}
