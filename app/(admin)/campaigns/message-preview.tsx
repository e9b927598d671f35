"use client";

import { useEffect, useRef, useState } from "react";
import { compileCopy, renderCopy } from "@/lib/rules/copy";
import { showToast } from "@/lib/sdk/toast";
import type { CampaignFormValues } from "./campaign-form-model";
import { Input, Select } from "@/components/ui/input";
import type { ApologyTemplate } from "@/lib/campaigns/apology-templates";
import type { TriggerType } from "@/lib/triggers/registry";
import { ApologyTemplates } from "./apology-templates";

// Sample users that break naive templates; the preview must survive every one of them.
const SAMPLES: Record<string, Record<string, string>> = {
  Jackie: { name: "Jackie" },
  "No name": {},
  "200-character name": { name: "A".repeat(200) },
  "Right-to-left name": { name: "مريم" },
  "Markup as a name": { name: "<img src=x onerror=alert(1)>" },
};

export function MessagePreview({
  values,
  defaults,
  type,
  onUseTemplate,
}: {
  values: Pick<CampaignFormValues, "title" | "body" | "style" | "position"> & { variants?: CampaignFormValues["variants"] };
  defaults: Record<string, string>;
  /** the campaign's failure type: its apology templates are shown for the same sample user */
  type?: TriggerType;
  onUseTemplate?: (t: ApologyTemplate) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [sample, setSample] = useState("Jackie");
  const [name, setName] = useState(SAMPLES.Jackie.name ?? "");
  // "" = the default copy; otherwise a translation's locale, shown as a visitor with that language sees it
  const [locale, setLocale] = useState("");
  const translations = (values.variants ?? []).filter((v) => v.locale.trim());
  const variant = translations.find((v) => v.locale.trim() === locale);
  const copy = variant ?? values;

  useEffect(() => {
    if (!box.current) return;
    const user = name ? { name } : {};
    const title = renderCopy(compileCopy(copy.title, defaults).parts, user);
    const body = renderCopy(compileCopy(copy.body, defaults).parts, user);
    // The SDK's own renderer, so what you see here is what users get.
    const toast = showToast(
      { title: [], body: [], style: values.style, position: values.position, autoDismissMs: 0 },
      title,
      body,
      () => {},
      box.current,
    );
    return () => toast.close("replaced");
  }, [copy.title, copy.body, values.style, values.position, name, defaults]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          Sample user
          <Select
            value={sample}
            onChange={(e) => {
              setSample(e.target.value);
              setName(SAMPLES[e.target.value].name ?? "");
            }}
            size="inline" className="ml-2"
          >
            {Object.keys(SAMPLES).map((k) => (
              <option key={k}>{k}</option>
            ))}
          </Select>
        </label>
        <label>
          name
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            size="inline" className="ml-2 w-48"
            aria-label="Sample name"
          />
        </label>
        {translations.length > 0 && (
          <label>
            Language
            <Select value={variant ? locale : ""} onChange={(e) => setLocale(e.target.value)} size="inline" className="ml-2" aria-label="Preview language">
              <option value="">Default copy</option>
              {translations.map((v) => (
                <option key={v.locale} value={v.locale.trim()}>
                  {v.locale.trim()}
                </option>
              ))}
            </Select>
          </label>
        )}
      </div>
      <div
        ref={box}
        data-testid="message-preview"
        className="relative h-48 overflow-hidden rounded-lg border border-dashed border-slate-300 bg-slate-100"
        style={{ transform: "translateZ(0)" }}
        aria-label="Preview of the apology"
      />
      {type && <ApologyTemplates type={type} user={name ? { name } : {}} defaults={defaults} onUse={onUseTemplate} />}
    </div>
  );
}
