"use client";

import { useState } from "react";
import { Controller, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { AudienceEditor } from "@/components/audience/audience-editor";
import { matchUrl } from "@/lib/rules/url-match";
import type { CampaignFormValues } from "./campaign-form-model";

export const TRIGGER_LABELS: Record<CampaignFormValues["type"], string> = {
  http_error: "Request fails (HTTP error or network)",
  slow_request: "Request is slow",
  js_error: "Script error",
  resource_error: "Image, script or stylesheet fails to load",
  media_stall: "Video or audio stalls",
  rage_click: "Rage clicks",
  custom: "Custom event from the page",
};

/** The trigger types as <option>s, for every select that picks one. */
export function TriggerTypeOptions() {
  return Object.entries(TRIGGER_LABELS).map(([k, v]) => (
    <option key={k} value={k}>
      {v}
    </option>
  ));
}

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm aria-[invalid=true]:border-rose-500";

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
        <input value={sample} onChange={(e) => setSample(e.target.value)} className="w-56 rounded border border-slate-300 px-2 py-1" aria-label="URL to test" />
        match?
      </label>
      <span data-testid="url-test-result" className={ok ? "font-medium text-emerald-700" : "font-medium text-slate-500"}>
        {ok ? "Yes, it matches" : "No match"}
      </span>
    </div>
  );
}

export function TriggerFields({
  values,
  register,
  control,
  errors,
}: {
  values: CampaignFormValues;
  register: UseFormRegister<CampaignFormValues>;
  control: Control<CampaignFormValues>;
  errors: FieldErrors<CampaignFormValues>;
}) {
  const t = values.type;
  const hasUrl = t === "http_error" || t === "slow_request" || t === "resource_error";
  const hasMethods = t === "http_error" || t === "slow_request";
  const hasSelector = t === "resource_error" || t === "media_stall" || t === "rage_click";
  const num = { valueAsNumber: true } as const;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className="text-sm font-medium sm:col-span-2">
        Trigger name
        <input {...register("triggerName")} className={input} aria-invalid={!!errors.triggerName} placeholder="e.g. Search request fails" />
        <FieldError message={errors.triggerName?.message} />
      </label>
      <label className="text-sm font-medium sm:col-span-2">
        Fires when
        <select {...register("type")} className={input}>
          <TriggerTypeOptions />
        </select>
      </label>
      {hasUrl && (
        <div className="sm:col-span-2">
          <div className="grid gap-3 sm:grid-cols-[8rem_1fr_6rem]">
            <label className="text-sm font-medium">
              URL match
              <select {...register("urlKind")} className={input}>
                <option value="glob">glob</option>
                <option value="regex">regex</option>
              </select>
            </label>
            <label className="text-sm font-medium">
              URL pattern
              <input {...register("urlSource")} className={input} aria-invalid={!!errors.urlSource} placeholder="/api/search*  (empty: any URL)" />
              <FieldError message={errors.urlSource?.message} />
            </label>
            {values.urlKind === "regex" && (
              <label className="text-sm font-medium">
                Flags
                <input {...register("urlFlags")} className={input} placeholder="i" aria-invalid={!!errors.urlFlags} />
                <FieldError message={errors.urlFlags?.message} />
              </label>
            )}
          </div>
          <UrlTester kind={values.urlKind} source={values.urlSource} flags={values.urlFlags} />
        </div>
      )}
      {hasMethods && (
        <label className="text-sm font-medium">
          Methods
          <input {...register("methods")} className={input} placeholder="GET, POST  (empty: any)" aria-invalid={!!errors.methods} />
          <FieldError message={errors.methods?.message} />
        </label>
      )}
      {t === "http_error" && (
        <label className="text-sm font-medium">
          Statuses
          <input {...register("statuses")} className={input} placeholder="5xx, 404, 0" aria-invalid={!!errors.statuses} />
          <span className="mt-1 block text-xs text-slate-500">Codes, classes like 5xx, and 0 for a network failure.</span>
          <FieldError message={errors.statuses?.message} />
        </label>
      )}
      {t === "slow_request" && (
        <label className="text-sm font-medium">
          Still pending after (ms)
          <input type="number" {...register("thresholdMs", num)} className={input} aria-invalid={!!errors.thresholdMs} />
          <FieldError message={errors.thresholdMs?.message} />
        </label>
      )}
      {t === "js_error" && (
        <>
          <label className="text-sm font-medium">
            Message contains
            <input {...register("messageContains")} className={input} placeholder="(any message)" />
          </label>
          <label className="mt-6 flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("sameOriginOnly")} /> Only errors from this site&apos;s own scripts
          </label>
        </>
      )}
      {hasSelector && (
        <label className="text-sm font-medium">
          CSS selector
          <input {...register("selector")} className={input} placeholder="(any element)" aria-invalid={!!errors.selector} />
          <FieldError message={errors.selector?.message} />
        </label>
      )}
      {t === "media_stall" && (
        <>
          <label className="text-sm font-medium">
            Stalled for (ms)
            <input type="number" {...register("stallMs", num)} className={input} aria-invalid={!!errors.stallMs} />
            <FieldError message={errors.stallMs?.message} />
          </label>
          <label className="text-sm font-medium">
            or stalls this many times
            <input type="number" {...register("count", num)} className={input} aria-invalid={!!errors.count} />
            <FieldError message={errors.count?.message} />
          </label>
        </>
      )}
      {t === "rage_click" && (
        <>
          <label className="text-sm font-medium">
            Clicks
            <input type="number" {...register("clicks", num)} className={input} aria-invalid={!!errors.clicks} />
            <FieldError message={errors.clicks?.message} />
          </label>
          <label className="text-sm font-medium">
            Within (ms)
            <input type="number" {...register("withinMs", num)} className={input} aria-invalid={!!errors.withinMs} />
            <FieldError message={errors.withinMs?.message} />
          </label>
        </>
      )}
      {t === "custom" && (
        <label className="text-sm font-medium">
          Event name
          <input {...register("customName")} className={input} placeholder="checkout_failed" aria-invalid={!!errors.customName} />
          <span className="mt-1 block text-xs text-slate-500">The page calls MeaCulpa.report(&quot;checkout_failed&quot;, props).</span>
          <FieldError message={errors.customName?.message} />
        </label>
      )}
      {t === "custom" && (
        <div className="space-y-2 sm:col-span-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register("customPropsOn")} /> Only when the event&apos;s properties match
          </label>
          {values.customPropsOn && (
            <Controller
              control={control}
              name="customProps"
              render={({ field }) => <AudienceEditor value={field.value} onChange={field.onChange} />}
            />
          )}
        </div>
      )}
    </div>
  );
}
