// "Nothing's wrong?" — the link on an apology by which a visitor says it was a false apology (a
// `disputed` event). Compiled into each translation of a campaign's copy in that translation's
// language, so the SDK carries no table of its own; the base copy uses the SDK's English default.
import type { TemplateLanguage } from "@/lib/campaigns/apology-templates";

/** The link's words per template language (lib/campaigns/apology-templates.ts). */
export const DISPUTE_LABELS: Record<TemplateLanguage, string> = {
  en: "Nothing's wrong?",
  fr: "Tout va bien ?",
  es: "¿Todo va bien?",
};

/** The label for a translation's locale ("fr-CA" → French), or undefined where English (the SDK's default) applies. */
export function disputeLabelFor(locale: string): string | undefined {
  const lang = locale.split("-")[0].toLowerCase();
  return lang !== "en" && Object.prototype.hasOwnProperty.call(DISPUTE_LABELS, lang) ? DISPUTE_LABELS[lang as TemplateLanguage] : undefined;
}
