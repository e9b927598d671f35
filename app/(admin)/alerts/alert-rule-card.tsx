"use client";

import { useId, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { AlertRuleView } from "@/lib/alerts/mutations";
import { ALERT_METRICS, METRIC_LABELS, alertRuleInput, type AlertRuleInput } from "@/lib/alerts/schemas";
import { TRIGGER_TYPES, triggerName } from "@/lib/triggers/registry";
import { deleteAlertRuleAction, saveAlertRuleAction, testAlertRuleAction, toggleAlertRuleAction } from "./actions";

type FormIn = z.input<typeof alertRuleInput>;
const input = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
const DEFAULTS: FormIn = {
  name: "",
  environment: "production",
  metric: "shown",
  scope: { kind: "all" },
  windowMinutes: 15,
  mode: "baseline",
  threshold: 3,
  webhookUrl: "",
  cooldownMinutes: 60,
  enabled: true,
};

function summary(r: AlertRuleView, campaigns: { id: string; name: string }[]): string {
  const s = r.scope;
  const scope =
    s.kind === "campaign"
      ? `campaign “${campaigns.find((c) => c.id === s.campaignId)?.name ?? "(deleted)"}”`
      : s.kind === "trigger"
        ? `trigger: ${triggerName(s.triggerType)}`
        : "all campaigns";
  const cond = r.mode === "baseline" ? `≥ ${r.threshold}× its usual level` : `≥ ${r.threshold}`;
  return `${METRIC_LABELS[r.metric]} ${cond} over ${r.windowMinutes} min · ${scope} · ${r.environment} · cooldown ${r.cooldownMinutes} min`;
}

/** A label tied to its control by id (a wrapping label would fold a select's option text into its name). */
function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      {children}
      {error && (
        <span id={`${id}-error`} className="text-xs text-rose-700">
          {error}
        </span>
      )}
    </div>
  );
}

export function AlertRuleCard({ rule, campaigns, canEdit }: { rule: AlertRuleView | null; campaigns: { id: string; name: string }[]; canEdit: boolean }) {
  const [editing, setEditing] = useState(rule === null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, start] = useTransition();
  const form = useForm<FormIn, unknown, AlertRuleInput>({
    resolver: zodResolver(alertRuleInput),
    mode: "onChange",
    defaultValues: rule ? { ...rule } : DEFAULTS,
  });
  const { register, handleSubmit, control, formState } = form;
  const errors = formState.errors as Record<string, { message?: string } & Record<string, { message?: string }>>;
  const scopeKind = useWatch({ control, name: "scope.kind" });
  const mode = useWatch({ control, name: "mode" });
  const label = rule ? `Alert ${rule.name}` : "New alert";
  const uid = useId();

  const onSubmit = handleSubmit((values) =>
    start(async () => {
      const r = await saveAlertRuleAction(rule?.id ?? null, values);
      setResult(r);
      if (!r.ok && r.field) form.setError(r.field as never, { message: r.error });
      if (r.ok) {
        if (rule) setEditing(false);
        else form.reset(DEFAULTS);
      }
    }),
  );

  return (
    <section className="space-y-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-label={label}>
      {rule && !editing && (
        <div className="flex flex-wrap items-center gap-3">
          <div className="min-w-0 flex-1">
            <h2 className="font-semibold">
              {rule.name}{" "}
              <span className={`ml-1 rounded px-1.5 py-0.5 text-xs ${rule.enabled ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}>
                {rule.enabled ? "on" : "off"}
              </span>
            </h2>
            <p className="text-sm text-slate-600">{summary(rule, campaigns)}</p>
            <p className="text-xs text-slate-500">
              to {new URL(rule.webhookUrl).host} · {rule.lastFiredAt ? `last fired ${rule.lastFiredAt.slice(0, 16).replace("T", " ")} UTC` : "never fired"}
            </p>
          </div>
          {canEdit && (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="secondary" disabled={pending} onClick={() => start(async () => setResult(await toggleAlertRuleAction(rule.id, !rule.enabled)))}>
                {rule.enabled ? "Turn off" : "Turn on"}
              </Button>
              <Button variant="secondary" disabled={pending} onClick={() => start(async () => setResult(await testAlertRuleAction(rule.id)))}>
                Send test
              </Button>
              <Button
                variant="ghost"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Delete the alert “${rule.name}”? Its past firings stay in the history below.`)) start(async () => setResult(await deleteAlertRuleAction(rule.id)));
                }}
              >
                Delete
              </Button>
            </div>
          )}
        </div>
      )}
      {editing && canEdit && (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <h2 className="font-semibold">{rule ? `Edit “${rule.name}”` : "New alert"}</h2>
          <div className="grid gap-4 md:grid-cols-3">
            <Field id={`${uid}-name`} label="Name" error={errors.name?.message}>
              <input id={`${uid}-name`} {...register("name")} className={input} placeholder="Checkout apologies spike" />
            </Field>
            <Field id={`${uid}-metric`} label="Metric" error={errors.metric?.message}>
              <select id={`${uid}-metric`} {...register("metric")} className={input}>
                {ALERT_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {METRIC_LABELS[m]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={`${uid}-environment`} label="Environment">
              <select id={`${uid}-environment`} {...register("environment")} className={input}>
                <option value="production">production</option>
                <option value="staging">staging</option>
              </select>
            </Field>
            <Field id={`${uid}-scope`} label="Scope">
              <select id={`${uid}-scope`} {...register("scope.kind")} className={input}>
                <option value="all">All campaigns</option>
                <option value="campaign">One campaign</option>
                <option value="trigger">One trigger type</option>
              </select>
            </Field>
            {scopeKind === "campaign" && (
              <Field id={`${uid}-campaign`} label="Campaign" error={errors.scope?.campaignId?.message}>
                <select id={`${uid}-campaign`} {...register("scope.campaignId")} className={input}>
                  <option value="">Pick a campaign…</option>
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {scopeKind === "trigger" && (
              <Field id={`${uid}-trigger`} label="Trigger type" error={errors.scope?.triggerType?.message}>
                <select id={`${uid}-trigger`} {...register("scope.triggerType")} className={input}>
                  {TRIGGER_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {triggerName(t)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field id={`${uid}-window`} label="Window (minutes)" error={errors.windowMinutes?.message}>
              <input id={`${uid}-window`} type="number" min={1} max={1440} {...register("windowMinutes")} className={input} />
            </Field>
            <Field id={`${uid}-mode`} label="Fire when" error={errors.mode?.message}>
              <select id={`${uid}-mode`} {...register("mode")} className={input}>
                <option value="baseline">it is a multiple of its usual level</option>
                <option value="absolute">it reaches a number</option>
              </select>
            </Field>
            <Field id={`${uid}-threshold`} label={mode === "baseline" ? "Multiple of usual (×)" : "Threshold"} error={errors.threshold?.message}>
              <input id={`${uid}-threshold`} type="number" step="any" min={0} {...register("threshold")} className={input} />
            </Field>
            <Field id={`${uid}-cooldown`} label="Cooldown (minutes)" error={errors.cooldownMinutes?.message}>
              <input id={`${uid}-cooldown`} type="number" min={1} {...register("cooldownMinutes")} className={input} />
            </Field>
            <div className="md:col-span-3">
              <Field id={`${uid}-webhook`} label="Webhook URL (Slack incoming webhook or any receiver of JSON)" error={errors.webhookUrl?.message}>
                <input id={`${uid}-webhook`} type="url" {...register("webhookUrl")} className={input} placeholder="https://hooks.slack.com/services/…" />
              </Field>
            </div>
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {rule ? "Save alert" : "Create alert"}
            </Button>
            {rule && (
              <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            )}
          </div>
        </form>
      )}
      <ResultBanner result={result} testId="alert-result" />
    </section>
  );
}
