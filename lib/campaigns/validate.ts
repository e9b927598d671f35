// Checks that need more than a schema: copy tokens against the workspace defaults, and regexes.
import { AppError } from "@/lib/api/errors";
import { compileCopy } from "@/lib/rules/copy";
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

export function assertTriggerValid(def: TriggerDefinition, path = "trigger.definition"): void {
  if ("url" in def && def.url?.kind === "regex") {
    try {
      new RegExp(def.url.source, def.url.flags ?? "");
    } catch (e) {
      throw new AppError(`Invalid regular expression: ${(e as Error).message}`, 422, `${path}.url.source`);
    }
  }
  if (def.type === "resource_error" || def.type === "media_stall" || def.type === "rage_click") {
    // Selectors are matched with Element.matches() in browsers; reject obvious garbage here.
    if (def.selector !== undefined && !def.selector.trim()) {
      throw new AppError("Selector cannot be blank", 422, `${path}.selector`);
    }
  }
}
