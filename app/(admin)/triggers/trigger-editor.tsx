"use client";
// Edits one trigger with the builder's own fields (rendered from the trigger registry), showing
// which campaigns the change affects; a save against a version someone else changed is refused
// and offers their version, as the campaign form does.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Control, type FieldErrors, type Path, type Resolver, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { StaleSaveNotice } from "@/components/ui/stale-save-notice";
import { triggerInput } from "@/lib/campaigns/schemas";
import type { TriggerView } from "@/lib/campaigns/triggers";
import { toFormValue, type FieldFormValue } from "@/lib/triggers/fields";
import { checkTrigger, TRIGGERS } from "@/lib/triggers/registry";
import { type CampaignFormValues, formFieldFor, switchTriggerType, toDefinition } from "../campaigns/campaign-form-model";
import { FieldError, TriggerFields } from "../campaigns/trigger-fields";
import { deleteTriggerAction, saveTriggerAction } from "./actions";

type TriggerFormValues = Pick<CampaignFormValues, "version" | "triggerName" | "type" | "def">;
// TriggerFields renders the campaign form's trigger part; this form holds exactly that part
type CampaignForm = { register: UseFormRegister<CampaignFormValues>; control: Control<CampaignFormValues>; errors: FieldErrors<CampaignFormValues> };

const toInput = (v: TriggerFormValues) => ({ name: v.triggerName, definition: toDefinition(v as CampaignFormValues) });
const fieldFor = (path: string) => (path === "name" ? "triggerName" : formFieldFor(`trigger.${path}`)) as Path<TriggerFormValues> | "root";

const resolver: Resolver<TriggerFormValues> = async (values) => {
  const errors: Record<string, { type: string; message: string }> = {};
  const parsed = triggerInput.safeParse(toInput(values));
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const extra = parsed.success ? checkTrigger(parsed.data.definition) : undefined;
  if (extra) problems.push({ path: `definition.${extra.path}`, message: extra.message });
  for (const p of problems) {
    const field = fieldFor(p.path);
    const [head, ...rest] = field.split(".");
    // react-hook-form reads nested errors: "def.url.source" → errors.def.url.source
    let at = errors as Record<string, unknown>;
    for (const k of [head, ...rest].slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[[head, ...rest].pop()!] ??= { type: "invalid", message: p.message };
  }
  return problems.length ? { values: {}, errors: errors as FieldErrors<TriggerFormValues> } : { values, errors: {} };
};

export function TriggerEditor({ trigger, canEdit }: { trigger: TriggerView; canEdit: boolean }) {
  const router = useRouter();
  const def: Record<string, FieldFormValue> = {};
  for (const f of TRIGGERS[trigger.type].fields) def[f.key] = toFormValue(f, (trigger.definition as Record<string, unknown>)[f.key]);
  const { register, control, handleSubmit, setValue, getValues, getFieldState, setError, reset, formState } = useForm<TriggerFormValues>({
    defaultValues: { version: trigger.version, triggerName: trigger.name, type: trigger.type, def },
    resolver,
    mode: "onChange",
  });
  const values = useWatch({ control }) as TriggerFormValues;
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const form = { register, control, errors: formState.errors } as unknown as CampaignForm;

  async function onSubmit(v: TriggerFormValues) {
    setSaved(null);
    const r = await saveTriggerAction(trigger.id, toInput(v), v.version);
    if (!r.ok && r.code === "precondition_failed") return setConflict(r.error);
    if (!r.ok) return setError(r.field ? fieldFor(r.field) : "root", { message: r.error });
    reset({ ...v, version: r.version });
    setSaved(r.message);
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <fieldset disabled={!canEdit} className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <TriggerFields
          values={values as CampaignFormValues}
          {...form}
          onTypeChange={(type) => setValue("def", switchTriggerType(type, getValues("def"), (key) => getFieldState(`def.${key}` as Path<TriggerFormValues>).isDirty))}
        />
      </fieldset>
      <section className="rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200" aria-label="Campaigns using this trigger">
        <h2 className="font-semibold">What a change affects</h2>
        {trigger.campaigns.length === 0 ? (
          <p className="mt-1 text-slate-600">No campaign uses this trigger.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5" data-testid="trigger-affects">
            {trigger.campaigns.map((c) => (
              <li key={c.id}>
                <Link href={`/campaigns/${c.id}`} className="text-indigo-700 underline underline-offset-2 hover:decoration-2">
                  {c.name}
                </Link>{" "}
                ({c.status}
                {c.status === "active" ? ": users get the change at the next publish" : ""})
              </li>
            ))}
          </ul>
        )}
      </section>
      {conflict && <StaleSaveNotice message={conflict} onReload={() => window.location.reload()} onKeep={() => setConflict(null)} />}
      <FieldError message={formState.errors.root?.message} />
      {canEdit && (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : "Save trigger"}
          </Button>
          {formState.isDirty && <span className="text-sm text-amber-700">Unsaved changes</span>}
          {saved && !formState.isDirty && (
            <span className="text-sm text-emerald-700" data-testid="save-result">
              {saved}
            </span>
          )}
          {trigger.campaigns.length === 0 && (
            <ConfirmButton
              type="button"
              variant="danger"
              className="ml-auto"
              confirm={{ title: `Delete “${trigger.name}”?`, description: "No campaign uses it. Its history stays in the audit log.", action: "Delete trigger", tone: "danger" }}
              onConfirm={async () => {
                const r = await deleteTriggerAction(trigger.id);
                if (r.ok) router.push("/triggers");
                else setDeleteError(r.error);
              }}
            >
              Delete trigger
            </ConfirmButton>
          )}
          <FieldError message={deleteError ?? undefined} />
        </div>
      )}
    </form>
  );
}
