"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { CampaignFormValues } from "./campaign-form-model";
import { FieldError } from "./trigger-fields";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm aria-[invalid=true]:border-rose-500";

interface Props {
  values: CampaignFormValues;
  register: UseFormRegister<CampaignFormValues>;
  control: Control<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
}

export function ActionAndVariants({ values, register, control, errors }: Props) {
  const variants = useFieldArray({ control, name: "variants" });
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="text-sm font-medium">
          Button
          <select aria-label="Button" {...register("actionKind")} className={input}>
            <option value="none">none</option>
            <option value="link">open a link</option>
            <option value="retry">retry (reload the page)</option>
            <option value="dismiss">dismiss</option>
          </select>
        </label>
        {values.actionKind !== "none" && (
          <label className="text-sm font-medium">
            Button label
            <input {...register("actionLabel")} className={input} aria-invalid={!!errors.actionLabel} />
            <FieldError message={errors.actionLabel?.message} />
          </label>
        )}
        {values.actionKind === "link" && (
          <label className="text-sm font-medium">
            Link (https only)
            <input {...register("actionUrl")} className={input} placeholder="https://status.example.com" aria-invalid={!!errors.actionUrl} />
            <FieldError message={errors.actionUrl?.message} />
          </label>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">Translations</h3>
        {variants.fields.map((f, i) => (
          <div key={f.id} className="grid gap-2 rounded-lg border border-slate-200 p-2 sm:grid-cols-[6rem_1fr_1fr_auto]">
            <input aria-label={`Locale of translation ${i + 1}`} {...register(`variants.${i}.locale`)} placeholder="fr-CA" className={input} />
            <input aria-label={`Title of translation ${i + 1}`} {...register(`variants.${i}.title`)} className={input} />
            <input aria-label={`Body of translation ${i + 1}`} {...register(`variants.${i}.body`)} className={input} />
            <Button type="button" variant="ghost" onClick={() => variants.remove(i)}>
              Remove
            </Button>
          </div>
        ))}
        <FieldError message={(errors.variants as { message?: string } | undefined)?.message} />
        <Button type="button" variant="ghost" onClick={() => variants.append({ locale: "", title: "", body: "" })}>
          Add a translation
        </Button>
      </div>
    </>
  );
}

export function CapsFields({ register, errors }: Props) {
  const num = { valueAsNumber: true } as const;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="text-sm font-medium">
        At most this many per session (0 = no cap)
        <input type="number" {...register("perSession", num)} className={input} aria-invalid={!!errors.perSession} />
        <FieldError message={errors.perSession?.message} />
      </label>
      <label className="text-sm font-medium">
        At most this many per user per day (0 = no cap)
        <input type="number" {...register("perDay", num)} className={input} aria-invalid={!!errors.perDay} />
        <FieldError message={errors.perDay?.message} />
      </label>
      <div className="grid grid-cols-2 gap-2 text-sm font-medium">
        <label>
          At most (per user)
          <input type="number" {...register("perUserCount", num)} className={input} aria-invalid={!!errors.perUserCount} />
        </label>
        <label>
          every … hours
          <input type="number" {...register("perUserHours", num)} className={input} />
        </label>
        <FieldError message={errors.perUserCount?.message} />
      </div>
      <label className="text-sm font-medium">
        Same failure on the same URL apologizes once per (seconds, 0 = off)
        <input type="number" {...register("dedupeSeconds", num)} className={input} aria-invalid={!!errors.dedupeSeconds} />
        <FieldError message={errors.dedupeSeconds?.message} />
      </label>
    </div>
  );
}
