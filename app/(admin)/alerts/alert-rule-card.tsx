"use client";

import { useId, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ResultBanner } from "@/components/ui/result-banner";
import type { ActionResult } from "@/lib/actions/result";
import type { AlertRuleView } from "@/lib/alerts/queries";
import { ALERT_METRICS, METRIC_LABELS, alertRuleInput, type AlertRuleInput } from "@/lib/alerts/schemas";
import { TRIGGER_TYPES, triggerName } from "@/lib/triggers/registry";
import { deleteAlertRuleAction, saveAlertRuleAction, testAlertRuleAction, toggleAlertRuleAction } from "./actions";
import { Input, Select } from "@/components/ui/input";
import { ConfirmButton } from "@/components/ui/confirm-button";

type FormIn = z.input<typeof alertRuleInput>;
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
      // the version this card was opened at: a rule changed since is not overwritten
      const r = await saveAlertRuleAction(rule?.id ?? null, values, rule?.version);
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
              <ConfirmButton
                variant="ghost"
                disabled={pending}
                confirm={{ title: `Delete the alert “${rule.name}”?`, description: "Its past firings stay in the history below.", action: "Delete alert" }}
                onConfirm={() => start(async () => setResult(await deleteAlertRuleAction(rule.id)))}
              >
                Delete
              </ConfirmButton>
            </div>
          )}
        </div>
      )}
      {editing && canEdit && (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <h2 className="font-semibold">{rule ? `Edit “${rule.name}”` : "New alert"}</h2>
          <div className="grid gap-4 md:grid-cols-3">
            <Field id={`${uid}-name`} label="Name" error={errors.name?.message}>
              <Input id={`${uid}-name`} {...register("name")} size="inline" placeholder="Checkout apologies spike" />
            </Field>
            <Field id={`${uid}-metric`} label="Metric" error={errors.metric?.message}>
              <Select id={`${uid}-metric`} {...register("metric")} size="inline">
                {ALERT_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {METRIC_LABELS[m]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id={`${uid}-environment`} label="Environment">
              <Select id={`${uid}-environment`} {...register("environment")} size="inline">
                <option value="production">production</option>
                <option value="staging">staging</option>
              </Select>
            </Field>
            <Field id={`${uid}-scope`} label="Scope">
              <Select id={`${uid}-scope`} {...register("scope.kind")} size="inline">
                <option value="all">All campaigns</option>
                <option value="campaign">One campaign</option>
                <option value="trigger">One trigger type</option>
              </Select>
            </Field>
            {scopeKind === "campaign" && (
              <Field id={`${uid}-campaign`} label="Campaign" error={errors.scope?.campaignId?.message}>
                <Select id={`${uid}-campaign`} {...register("scope.campaignId")} size="inline">
                  <option value="">Pick a campaign…</option>
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {scopeKind === "trigger" && (
              <Field id={`${uid}-trigger`} label="Trigger type" error={errors.scope?.triggerType?.message}>
                <Select id={`${uid}-trigger`} {...register("scope.triggerType")} size="inline">
                  {TRIGGER_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {triggerName(t)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field id={`${uid}-window`} label="Window (minutes)" error={errors.windowMinutes?.message}>
              <Input id={`${uid}-window`} type="number" min={1} max={1440} {...register("windowMinutes")} size="inline" />
            </Field>
            <Field id={`${uid}-mode`} label="Fire when" error={errors.mode?.message}>
              <Select id={`${uid}-mode`} {...register("mode")} size="inline">
                <option value="baseline">it is a multiple of its usual level</option>
                <option value="absolute">it reaches a number</option>
              </Select>
            </Field>
            <Field id={`${uid}-threshold`} label={mode === "baseline" ? "Multiple of usual (×)" : "Threshold"} error={errors.threshold?.message}>
              <Input id={`${uid}-threshold`} type="number" step="any" min={0} {...register("threshold")} size="inline" />
            </Field>
            <Field id={`${uid}-cooldown`} label="Cooldown (minutes)" error={errors.cooldownMinutes?.message}>
              <Input id={`${uid}-cooldown`} type="number" min={1} {...register("cooldownMinutes")} size="inline" />
            </Field>
            <div className="md:col-span-3">
              <Field id={`${uid}-webhook`} label="Webhook URL (Slack incoming webhook or any receiver of JSON)" error={errors.webhookUrl?.message}>
                <Input id={`${uid}-webhook`} type="url" {...register("webhookUrl")} size="inline" placeholder="https://hooks.slack.com/services/…" />
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
      {result && !result.ok && result.code === "precondition_failed" && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload their version
        </Button>
      )}
    </section>
  );
}
