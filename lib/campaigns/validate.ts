// Checks that need more than a schema: copy tokens against the workspace defaults, and regexes.
import { AppError } from "@/lib/errors";
import { compileCopy } from "@/lib/rules/copy";
import { assertTriggerPatternsSafe } from "@/lib/triggers/pattern-safety";
import { checkTrigger } from "@/lib/triggers/registry";
import type { MessageInput, TriggerDefinition } from "./schemas";

export function assertCopyCompiles(message: MessageInput, defaults: Record<string, string>): void {
  for (const field of ["title", "body"] as const) {
    const { problems } = compileCopy(message[field], defaults);
    if (problems.length) throw new AppError(problems[0].message, 422, `message.${field}`);
    for (const [locale, v] of Object.entries(message.variants ?? {})) {
      const p = compileCopy(v[field], defaults).problems[0];
      if (p) throw new AppError(`${locale}: ${p.message}`, 422, `message.variants.${locale}.${field}`);
    }
  }
}

/**
 * Throws a 422 naming the field when a trigger definition fails its type's own checks, or its URL
 * regex could freeze a visitor's page (pattern-safety.ts).
 */
export async function assertTriggerValid(def: TriggerDefinition, path = "trigger.definition"): Promise<void> {
  const problem = checkTrigger(def);
  if (problem) throw new AppError(problem.message, 422, `${path}.${problem.path}`);
  await assertTriggerPatternsSafe(def, path);
}
