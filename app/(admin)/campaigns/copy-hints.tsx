// Under the title and body fields: the length against the limit, and misspelt attribute tokens.
import { attributeHints } from "@/lib/rules/attribute-hints";

/** "37 / 120 characters", the limit visible before saving (counted as the server counts: trimmed). */
export function CharCount({ id, value, max }: { id: string; value: string | undefined; max: number }) {
  const n = (value ?? "").trim().length;
  return (
    <span id={id} data-testid={id} className={`mt-1 block text-right text-xs font-normal ${n > max ? "text-rose-700" : "text-slate-500"}`}>
      {n} / {max} characters
    </span>
  );
}

/** Warnings (not errors: attributes are whatever the site sends) for tokens naming unknown attributes. */
export function AttributeHints({ text, defaults }: { text: string | undefined; defaults: Record<string, string> }) {
  const hints = attributeHints(text ?? "", defaults);
  return hints.map((h) => (
    <span key={h} data-testid="attribute-hint" className="mt-1 block text-xs font-normal text-amber-700">
      {h}
    </span>
  ));
}
