"use client";

import { useSyncExternalStore } from "react";
import { Controller, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { AudienceEditor } from "@/components/audience/audience-editor";
import type { CampaignFormValues } from "./campaign-form-model";
import { FieldError } from "./trigger-fields";
import { Input, Select } from "@/components/ui/input";
import { timeZoneNames } from "@/lib/rules/time-zones";

const noSubscription = () => () => {};
const NO_ZONES: string[] = [];
const noZones = () => NO_ZONES;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

interface Props {
  values: CampaignFormValues;
  register: UseFormRegister<CampaignFormValues>;
  control: Control<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
  segments: { id: string; name: string }[];
  readOnly: boolean;
}

export function AudienceSection({ values, register, control, errors, segments, readOnly }: Props) {
  const num = { valueAsNumber: true } as const;
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-semibold">Audience</h2>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="everyone" {...register("audienceKind")} /> Everyone
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="segment" {...register("audienceKind")} disabled={!segments.length} /> A saved segment
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="custom" {...register("audienceKind")} /> Conditions of its own
        </label>
      </div>
      {values.audienceKind === "segment" && (
        <label className="block text-sm font-medium">
          Segment
          <Select aria-label="Segment" {...register("segmentId")} aria-invalid={!!errors.segmentId}>
            <option value="">Choose…</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
          <FieldError message={errors.segmentId?.message} />
        </label>
      )}
      {values.audienceKind === "custom" && (
        <>
          <Controller
            control={control}
            name="audience"
            render={({ field }) => <AudienceEditor value={field.value} onChange={field.onChange} disabled={readOnly} />}
          />
          <FieldError message={(errors.audience as { message?: string } | undefined)?.message} />
        </>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Rollout (% of matching users)
          <Input type="number" {...register("rolloutPercent", num)} aria-invalid={!!errors.rolloutPercent} />
          <FieldError message={errors.rolloutPercent?.message} />
        </label>
        <label className="text-sm font-medium">
          Holdout (% never shown, counted as suppressed)
          <Input type="number" {...register("holdoutPercent", num)} aria-invalid={!!errors.holdoutPercent} />
          <FieldError message={errors.holdoutPercent?.message} />
        </label>
      </div>
    </section>
  );
}

export function ScheduleSection({ values, register, errors }: Props) {
  // the browser's own zone list, after hydration (the server's ICU may list others)
  const zones = useSyncExternalStore(noSubscription, timeZoneNames, noZones);
  return (
    <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-semibold">Schedule</h2>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register("scheduleOn")} /> Only at certain times
      </label>
      {values.scheduleOn && (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="text-sm font-medium">
            Starts (your local time)
            <Input type="datetime-local" {...register("scheduleStart")} aria-invalid={!!errors.scheduleStart} />
            <FieldError message={errors.scheduleStart?.message} />
          </label>
          <label className="text-sm font-medium">
            Ends (your local time)
            <Input type="datetime-local" {...register("scheduleEnd")} aria-invalid={!!errors.scheduleEnd} />
            <FieldError message={errors.scheduleEnd?.message} />
          </label>
          <fieldset className="text-sm sm:col-span-2">
            <legend className="font-medium">Days (none = every day)</legend>
            <div className="mt-1 flex flex-wrap gap-3">
              {DAYS.map((d, i) => (
                <label key={d} className="flex items-center gap-1">
                  <input type="checkbox" value={String(i)} {...register("scheduleDays")} /> {d}
                </label>
              ))}
            </div>
            <FieldError message={errors.scheduleDays?.message} />
          </fieldset>
          <label className="text-sm font-medium">
            From hour (0–23)
            <Input inputMode="numeric" {...register("startHour")} aria-invalid={!!errors.startHour} />
            <FieldError message={errors.startHour?.message} />
          </label>
          <label className="text-sm font-medium">
            Until hour (1–24)
            <Input inputMode="numeric" {...register("endHour")} aria-invalid={!!errors.endHour} />
            <FieldError message={errors.endHour?.message} />
          </label>
          <label className="text-sm font-medium sm:col-span-2">
            Time zone for days and hours
            {/* a text field with the runtime's IANA zones to pick from as one types */}
            <Input {...register("timeZone")} list="time-zones" autoComplete="off" placeholder="Europe/Paris" aria-invalid={!!errors.timeZone} />
            <datalist id="time-zones">
              {zones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <FieldError message={errors.timeZone?.message} />
          </label>
        </div>
      )}
    </section>
  );
}
