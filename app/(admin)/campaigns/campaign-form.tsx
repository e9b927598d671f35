"use client";

import { DISPUTE_LABELS } from "@/lib/rules/dispute-labels";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch, type FieldErrors, type Path, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { StaleSaveNotice } from "@/components/ui/stale-save-notice";
import { campaignInput, triggerDefinition } from "@/lib/campaigns/schemas";
import { compileCopy } from "@/lib/rules/copy";
import { type CampaignFormValues, defaultTriggerValues, formFieldFor, switchTriggerType, toInput } from "./campaign-form-model";
import { toFormValue } from "@/lib/triggers/fields";
import { triggerSummary } from "../triggers/trigger-summary";
import { saveCampaignAction } from "./editor-actions";
import { ActionAndVariants, CapsFields } from "./delivery-fields";
import { MessagePreview } from "./message-preview";
import { CampaignsFirst } from "./campaigns-first";
import { AttributeHints, CharCount } from "./copy-hints";
import type { RivalCampaign } from "@/lib/campaigns/overlaps";
import { AudienceSection, ScheduleSection } from "./targeting-fields";
import { FieldError, TriggerFields } from "./trigger-fields";
import { TRIGGERS } from "@/lib/triggers/registry";
import { Input, Select, Textarea } from "@/components/ui/input";
import { checkTrigger } from "@/lib/triggers/registry";


export interface TriggerOption {
  id: string;
  name: string;
  type: CampaignFormValues["type"];
  /** its stored definition, to show its settings and start an edited copy from them */
  definition: Record<string, unknown>;
}

/** A reused trigger's settings, read-only, as the builder's fields would show them. */
function TriggerSettings({ trigger, onChange }: { trigger: TriggerOption; onChange: () => void }) {
  const spec = TRIGGERS[trigger.type];
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="reused-trigger-settings">
      <p className="font-medium">{spec.firesWhen}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {triggerSummary(trigger.type, trigger.definition).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        Other campaigns may use this trigger: <Link href={`/triggers/${trigger.id}`} className="text-indigo-700 underline underline-offset-2 hover:decoration-2">edit it for all of them</Link>, or change its settings for this campaign only:
      </p>
      <Button type="button" variant="secondary" className="mt-1" onClick={onChange}>
        Change these settings for this campaign
      </Button>
    </div>
  );
}

/** Validates as you type with the same zod schema the server uses, plus the token rule. */
function makeResolver(defaults: Record<string, string>): Resolver<CampaignFormValues> {
  return async (values) => {
    const errors: Record<string, unknown> = {};
    // react-hook-form reads nested errors: "def.url.source" → errors.def.url.source
    const put = (field: string, e: { type: string; message: string }) => {
      const parts = field.split(".");
      let at = errors as Record<string, unknown>;
      for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
      at[parts[parts.length - 1]] ??= e;
    };
    const input = toInput(values);
    const parsed = campaignInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join(".");
        const field = formFieldFor(path);
        put(field, { type: issue.code, message: field === "root" ? `${path}: ${issue.message}` : issue.message });
      }
    }
    // what a schema cannot say, while typing, whatever else is wrong: a selector that does not
    // parse, a regex RE2 lacks
    const definition = "definition" in input.trigger ? triggerDefinition.safeParse(input.trigger.definition) : null;
    const extra = definition?.success ? checkTrigger(definition.data) : undefined;
    if (extra) put(formFieldFor(`trigger.definition.${extra.path}`), { type: "check", message: extra.message });
    for (const f of ["title", "body"] as const) {
      const problem = compileCopy(values[f], defaults).problems[0];
      if (problem) put(f, { type: "token", message: problem.message });
    }
    return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<CampaignFormValues> } : { values, errors: {} };
  };
}

export function CampaignForm({
  id,
  initial,
  triggers,
  defaults,
  segments,
  active = [],
  readOnly,
}: {
  id: string | null;
  initial: CampaignFormValues;
  triggers: TriggerOption[];
  defaults: Record<string, string>;
  segments: { id: string; name: string }[];
  /** the workspace's active campaigns (lib/campaigns/editor-data.ts) */
  active?: RivalCampaign[];
  readOnly: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const reloading = useRef(false); // reloading for the other version: do not ask about unsaved edits
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    setValue,
    getValues,
    getFieldState,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<CampaignFormValues>({ defaultValues: initial, resolver: makeResolver(defaults), mode: "onChange" });
  const values = useWatch({ control }) as CampaignFormValues;
  const chosen = values.triggerMode === "existing" ? triggers.find((t) => t.id === values.triggerId) : undefined;

  // Leaving with unsaved edits asks first: closing the tab, and following an in-app link (the App
  // Router has no navigation event to hook, so links are caught on click).
  useEffect(() => {
    if (!isDirty || readOnly) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (!reloading.current) e.preventDefault();
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (a && !window.confirm("You have unsaved changes. Leave without saving?")) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    addEventListener("beforeunload", warn);
    document.addEventListener("click", onClick, true);
    return () => {
      removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty, readOnly]);

  async function onSubmit(v: CampaignFormValues) {
    setSaved(null);
    const r = await saveCampaignAction(id, toInput(v), v.version || null);
    if (!r.ok && r.code === "precondition_failed") {
      setConflict(r.error);
      return;
    }
    if (!r.ok) {
      const field = r.field ? formFieldFor(r.field) : "root";
      setError(field as Path<CampaignFormValues> | "root", { message: r.error });
      return;
    }
    reset({ ...v, version: r.version });
    setSaved(r.message);
    if (!id) router.replace(`/campaigns/${r.id}?created=1`);
    else router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <fieldset disabled={readOnly} className="space-y-6">
        <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">Campaign</h2>
          <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
            <label className="text-sm font-medium">
              Name
              <Input {...register("name")} aria-invalid={!!errors.name} />
              <FieldError message={errors.name?.message} />
            </label>
            <label className="text-sm font-medium">
              Priority
              <Input type="number" {...register("priority", { valueAsNumber: true })} aria-invalid={!!errors.priority} />
              <FieldError message={errors.priority?.message} />
            </label>
            <CampaignsFirst id={id} values={values} active={active} />
          </div>
        </section>

        <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">Trigger</h2>
          <div className="flex gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" value="new" {...register("triggerMode")} /> New trigger
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="existing" {...register("triggerMode")} disabled={!triggers.length} /> Reuse a trigger
            </label>
          </div>
          {values.triggerMode === "existing" ? (
            <>
            <label className="block text-sm font-medium">
              Trigger
              <Select {...register("triggerId")} aria-invalid={!!errors.triggerId}>
                <option value="">Choose…</option>
                {triggers.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} — {TRIGGERS[t.type].firesWhen}
                  </option>
                ))}
              </Select>
              <FieldError message={errors.triggerId?.message} />
            </label>
              {chosen && (
                <TriggerSettings
                  trigger={chosen}
                  onChange={() => {
                    // a trigger of this campaign's own, starting from the reused one's settings
                    const def = defaultTriggerValues(chosen.type);
                    for (const f of TRIGGERS[chosen.type].fields) def[f.key] = toFormValue(f, chosen.definition[f.key]);
                    setValue("type", chosen.type, { shouldDirty: true });
                    setValue("def", def, { shouldDirty: true });
                    setValue("triggerName", `${chosen.name} (changed)`, { shouldDirty: true });
                    setValue("triggerMode", "new", { shouldDirty: true, shouldValidate: true });
                  }}
                />
              )}
            </>
          ) : (
            <TriggerFields
              values={values}
              register={register}
              control={control}
              errors={errors}
              onTypeChange={(type) =>
                setValue("def", switchTriggerType(type, getValues("def"), (key) => getFieldState(`def.${key}` as Path<CampaignFormValues>).isDirty))
              }
            />
          )}
        </section>

        <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">Message</h2>
          <p className="text-xs text-slate-500">
            Insert user attributes with <code>&lt;&lt;name&gt;&gt;</code>; add a fallback with{" "}
            <code>&lt;&lt;name|there&gt;&gt;</code>. Workspace defaults: {Object.keys(defaults).length ? Object.entries(defaults).map(([k, v]) => `${k} → “${v}”`).join(", ") : "none"}.
          </p>
          <label className="block text-sm font-medium">
            Title
            <Input {...register("title")} aria-invalid={!!errors.title} aria-describedby="title-count" />
            <CharCount id="title-count" value={values.title} max={120} />
            <FieldError message={errors.title?.message} />
            <AttributeHints text={values.title} defaults={defaults} />
          </label>
          <label className="block text-sm font-medium">
            Body <span className="font-normal text-slate-500">(optional: leave it empty for a one-line apology)</span>
            <Textarea {...register("body")} rows={2} aria-invalid={!!errors.body} aria-describedby="body-count" />
            <CharCount id="body-count" value={values.body} max={400} />
            <FieldError message={errors.body?.message} />
            <AttributeHints text={values.body} defaults={defaults} />
          </label>
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="text-sm font-medium">
              Style
              <Select {...register("style")}>
                <option value="toast">toast</option>
                <option value="banner">banner</option>
              </Select>
            </label>
            <label className="text-sm font-medium">
              Position
              <Select {...register("position")}>
                {["bottom-right", "bottom-left", "top-right", "top-left", "top", "bottom"].map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </Select>
            </label>
            <label className="text-sm font-medium">
              Hide after (seconds, 0 = never)
              <Input type="number" step="any" {...register("hideAfterSeconds", { valueAsNumber: true })} aria-invalid={!!errors.hideAfterSeconds} />
              <FieldError message={errors.hideAfterSeconds?.message} />
            </label>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("disputeLink")} /> Offer &ldquo;{DISPUTE_LABELS.en}&rdquo; on the apology (on by default; translations say it in their language: {Object.entries(DISPUTE_LABELS).filter(([l]) => l !== "en").map(([l, t]) => `${l} “${t}”`).join(", ")})
            <span className="text-xs text-slate-500">(counts false apologies: the disputed share per campaign)</span>
          </label>
          <ActionAndVariants {...{ values, register, control, errors }} />
        </section>

        <AudienceSection {...{ values, register, control, errors, segments, readOnly }} />
        <ScheduleSection {...{ values, register, control, errors, segments, readOnly }} />

        <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">Caps</h2>
          <CapsFields {...{ values, register, control, errors }} />
        </section>

        {conflict && (
          <StaleSaveNotice
            message={conflict}
            onReload={() => {
              reloading.current = true; // reloading for their version: no "unsaved edits" prompt
              window.location.reload();
            }}
            onKeep={() => setConflict(null)}
          />
        )}
        {errors.root && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {errors.root.message}
          </p>
        )}
        {!readOnly && (
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : id ? "Save changes" : "Create draft"}
            </Button>
            {isDirty && <span className="text-sm text-amber-700">Unsaved changes</span>}
            {saved && !isDirty && (
              <span className="text-sm text-emerald-700" data-testid="save-result">
                {saved}
              </span>
            )}
          </div>
        )}
      </fieldset>
      <aside className="space-y-2 lg:sticky lg:top-6 lg:self-start">
        <h2 className="font-semibold">Live preview</h2>
        <MessagePreview
          values={values}
          defaults={defaults}
          type={chosen?.type ?? values.type}
          onUseTemplate={
            readOnly
              ? undefined
              : (t) => {
                  setValue("title", t.title, { shouldDirty: true, shouldValidate: true });
                  setValue("body", t.body, { shouldDirty: true, shouldValidate: true });
                }
          }
        />
      </aside>
    </form>
  );
}
