"use client";
// Apology templates for the campaign's failure type, rendered for the preview's sample user, so a
// growth person picks a tone by reading what that visitor would read. "Use" copies the template's
// title and body (with their tokens) into the form, where it stays editable.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { apologyTemplates, TEMPLATE_LANGUAGES, type ApologyTemplate, type TemplateLanguage } from "@/lib/campaigns/apology-templates";
import { compileCopy, renderCopy } from "@/lib/rules/copy";
import type { TriggerType } from "@/lib/triggers/registry";
import { triggerName } from "@/lib/triggers/registry";

export function ApologyTemplates({
  type,
  user,
  defaults,
  onUse,
}: {
  type: TriggerType;
  user: Record<string, string>;
  defaults: Record<string, string>;
  onUse?: (t: ApologyTemplate) => void;
}) {
  const [lang, setLang] = useState<TemplateLanguage>("en");
  const render = (s: string) => renderCopy(compileCopy(s, defaults).parts, user);
  return (
    <section aria-label="Apology templates" className="space-y-2 pt-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">Templates for “{triggerName(type)}”</h3>
        <label className="text-xs">
          Language
          <Select value={lang} onChange={(e) => setLang(e.target.value as TemplateLanguage)} size="inline" className="ml-2">
            {Object.entries(TEMPLATE_LANGUAGES).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </Select>
        </label>
      </div>
      <ul className="space-y-2">
        {apologyTemplates(type, lang).map((t) => (
          <li key={t.tone} data-testid="apology-template" className="rounded-md bg-white p-2 text-sm ring-1 ring-slate-200">
            <div className="flex items-start justify-between gap-2">
              <div className="min-w-0 break-words">
                <span className="text-xs uppercase tracking-wide text-slate-500">{t.tone}</span>
                <p className="font-medium" lang={lang}>
                  {render(t.title)}
                </p>
                <p className="text-slate-600" lang={lang}>
                  {render(t.body)}
                </p>
              </div>
              {onUse && (
                <Button type="button" variant="secondary" onClick={() => onUse(t)} aria-label={`Use the ${t.tone} template`}>
                  Use
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
