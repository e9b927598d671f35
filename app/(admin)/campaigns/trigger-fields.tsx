"use client";

import { useState } from "react";
import { Controller, type Control, type FieldErrors, type Path, type UseFormRegister } from "react-hook-form";
import { AudienceEditor } from "@/components/audience/audience-editor";
import type { Audience } from "@/lib/rules/contract";
import { matchUrl } from "@/lib/rules/url-match";
import { installLinearRegex } from "@/lib/rules/linear-regex";
import type { AudienceFormValue, FieldFormValue, TriggerField, UrlFormValue } from "@/lib/triggers/fields";
import { TRIGGER_TYPES, TRIGGERS } from "@/lib/triggers/registry";
import type { CampaignFormValues } from "./campaign-form-model";
import { Input, Select } from "@/components/ui/input";

// the tester runs what the person types, as they type it: with RE2, never a backtracking freeze
installLinearRegex();

/** The trigger types as <option>s (their "Fires when" wording), for every select that picks one. */
export function TriggerTypeOptions() {
  return TRIGGER_TYPES.map((k) => (
    <option key={k} value={k}>
      {TRIGGERS[k].firesWhen}
    </option>
  ));
}


export function FieldError({ message }: { message?: string }) {
  return message ? <span className="mt-1 block text-xs text-rose-700">{message}</span> : null;
}

function UrlTester({ kind, source, flags }: { kind: "glob" | "regex"; source: string; flags: string }) {
  const [sample, setSample] = useState("/api/search?q=shoes");
  if (!source.trim()) return null;
  const url = sample.startsWith("http") ? sample : `https://example.test${sample.startsWith("/") ? "" : "/"}${sample}`;
  const ok = matchUrl({ kind, source: source.trim(), flags: flags || undefined }, url);
  return (
    <div className="mt-2 flex items-center gap-2 text-xs">
      <label className="flex items-center gap-2">
        Does
        <Input value={sample} onChange={(e) => setSample(e.target.value)} size="inline" className="w-56" aria-label="URL to test" />
        match?
      </label>
      <span data-testid="url-test-result" className={ok ? "font-medium text-emerald-700" : "font-medium text-slate-500"}>
        {ok ? "Yes, it matches" : "No match"}
      </span>
    </div>
  );
}

type Errors = Record<string, { message?: string; source?: { message?: string }; flags?: { message?: string } } | undefined>;

/**
 * The fields of the selected trigger type, rendered from the registry's field metadata
 * (lib/triggers/<type>/definition.ts): a new trigger type needs no code here.
 */
export function TriggerFields({
  values,
  register,
  control,
  errors,
  onTypeChange,
}: {
  values: CampaignFormValues;
  register: UseFormRegister<CampaignFormValues>;
  control: Control<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  /** "Fires when" changed: the form gives untouched fields the new type's defaults */
  onTypeChange?: (type: CampaignFormValues["type"]) => void;
}) {
  const defErrors = (errors.def ?? {}) as unknown as Errors;
  const name = (key: string) => `def.${key}` as Path<CampaignFormValues>;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="text-sm font-medium sm:col-span-2">
        Trigger name
        <Input {...register("triggerName")} aria-invalid={!!errors.triggerName} placeholder="e.g. Search request fails" />
        <FieldError message={errors.triggerName?.message} />
      </label>
      <label className="text-sm font-medium sm:col-span-2">
        Fires when
        <Select {...register("type", { onChange: (e) => onTypeChange?.(e.target.value) })}>
          <TriggerTypeOptions />
        </Select>
      </label>
      {TRIGGERS[values.type].fields.map((f) => (
        <TriggerFieldInput key={`${values.type}.${f.key}`} field={f} value={values.def?.[f.key]} name={name(f.key)} error={defErrors[f.key]} register={register} control={control} />
      ))}
    </div>
  );
}

function Help({ text }: { text?: string }) {
  return text ? <span className="mt-1 block text-xs font-normal text-slate-500">{text}</span> : null;
}

function TriggerFieldInput({
  field: f,
  value,
  name,
  error,
  register,
  control,
}: {
  field: TriggerField;
  value: FieldFormValue | undefined;
  name: Path<CampaignFormValues>;
  error: Errors[string];
  register: UseFormRegister<CampaignFormValues>;
  control: Control<CampaignFormValues>;
}) {
  switch (f.kind) {
    case "url": {
      const u = (value ?? { kind: "glob", source: "", flags: "" }) as UrlFormValue;
      return (
        <div className="sm:col-span-2">
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr_6rem]">
            <label className="text-sm font-medium">
              URL match
              <Select {...register(`${name}.kind` as Path<CampaignFormValues>)}>
                <option value="glob">glob</option>
                <option value="regex">regex</option>
              </Select>
            </label>
            <label className="text-sm font-medium">
              {f.label}
              <Input {...register(`${name}.source` as Path<CampaignFormValues>)} aria-invalid={!!error?.source} placeholder={f.placeholder} />
              <FieldError message={error?.source?.message} />
            </label>
            {u.kind === "regex" && (
              <label className="text-sm font-medium">
                Flags
                <Input {...register(`${name}.flags` as Path<CampaignFormValues>)} placeholder="i" aria-invalid={!!error?.flags} />
                <FieldError message={error?.flags?.message} />
              </label>
            )}
          </div>
          <UrlTester kind={u.kind} source={u.source} flags={u.flags} />
        </div>
      );
    }
    case "checkbox":
      return (
        <label className="mt-6 flex items-center gap-2 text-sm">
          <input type="checkbox" {...register(name)} /> {f.label}
        </label>
      );
    case "audience": {
      const a = (value ?? { on: false }) as AudienceFormValue;
      return (
        <div className="space-y-2 sm:col-span-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register(`${name}.on` as Path<CampaignFormValues>)} /> {f.label}
          </label>
          {a.on && (
            <Controller
              control={control}
              name={`${name}.audience` as Path<CampaignFormValues>}
              render={({ field }) => <AudienceEditor value={field.value as Audience} onChange={field.onChange} />}
            />
          )}
        </div>
      );
    }
    default:
      return (
        <label className="text-sm font-medium">
          {f.label}
          <Input
            type={f.kind === "number" ? "number" : undefined}
            {...register(name, f.kind === "number" ? { valueAsNumber: true } : undefined)}
            // seconds may be fractional (1.5 s); other numbers are whole
            step={f.kind === "number" && f.unit === "ms" ? "any" : undefined}
            placeholder={f.placeholder}
            aria-invalid={!!error?.message}
          />
          <Help text={f.help} />
          <FieldError message={error?.message} />
        </label>
      );
  }
}
