"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { CampaignFormValues } from "./campaign-form-model";
import { FieldError } from "./trigger-fields";
import { Input, Select } from "@/components/ui/input";

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
          <Select aria-label="Button" {...register("actionKind")}>
            <option value="none">none</option>
            <option value="link">open a link</option>
            <option value="retry">retry (reload the page)</option>
            <option value="dismiss">dismiss</option>
          </Select>
        </label>
        {values.actionKind !== "none" && (
          <label className="text-sm font-medium">
            Button label
            <Input {...register("actionLabel")} aria-invalid={!!errors.actionLabel} />
            <FieldError message={errors.actionLabel?.message} />
          </label>
        )}
        {values.actionKind === "link" && (
          <label className="text-sm font-medium">
            Link (https only)
            <Input {...register("actionUrl")} placeholder="https://status.example.com" aria-invalid={!!errors.actionUrl} />
            <FieldError message={errors.actionUrl?.message} />
          </label>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold">Translations</h3>
        {variants.fields.map((f, i) => (
          <div key={f.id} className="grid gap-2 rounded-lg border border-slate-200 p-2 sm:grid-cols-[6rem_1fr_1fr_auto]">
            <Input aria-label={`Locale of translation ${i + 1}`} {...register(`variants.${i}.locale`)} placeholder="fr-CA" />
            <Input aria-label={`Title of translation ${i + 1}`} {...register(`variants.${i}.title`)} />
            <Input aria-label={`Body of translation ${i + 1}`} {...register(`variants.${i}.body`)} />
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
        <Input type="number" {...register("perSession", num)} aria-invalid={!!errors.perSession} />
        <FieldError message={errors.perSession?.message} />
      </label>
      <label className="text-sm font-medium">
        At most this many per user per day (0 = no cap)
        <Input type="number" {...register("perDay", num)} aria-invalid={!!errors.perDay} />
        <FieldError message={errors.perDay?.message} />
      </label>
      <div className="grid grid-cols-2 gap-2 text-sm font-medium">
        <label>
          At most (per user)
          <Input type="number" {...register("perUserCount", num)} aria-invalid={!!errors.perUserCount} />
        </label>
        <label>
          every … hours
          <Input type="number" {...register("perUserHours", num)} />
        </label>
        <FieldError message={errors.perUserCount?.message} />
      </div>
      <label className="text-sm font-medium">
        Same failure on the same URL apologizes once per (seconds, 0 = off)
        <Input type="number" {...register("dedupeSeconds", num)} aria-invalid={!!errors.dedupeSeconds} />
        <FieldError message={errors.dedupeSeconds?.message} />
      </label>
    </div>
  );
}
