"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TRIGGER_TYPES, TRIGGERS, type TriggerType } from "@/lib/triggers/registry";
import type { SimulateField } from "@/lib/triggers/define";
import { TriggerTypeOptions } from "../trigger-fields";
import { simulateAction, type SimulateResult } from "./simulate-action";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SampleUserFields, type SampleUser } from "./sample-user-fields";

/**
 * The failure's inputs as typed, per field key (a URL typed for one request type carries over to
 * the other); each type's fields start from their `initial`, and an untouched field takes the
 * chosen type's own when the type changes (error_click's cause is not slow_page's).
 */
function initialInputs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of TRIGGER_TYPES) for (const f of TRIGGERS[t].simulateFields) out[f.key] ??= f.initial;
  return out;
}

function convert(f: SimulateField, text: string): unknown {
  if (f.kind === "number") return Number(text);
  if (f.kind === "seconds") return Math.round(Number(text) * 1000);
  if (f.kind === "upper") return text.toUpperCase();
  if (f.kind === "json") {
    try {
      return JSON.parse(text || "{}");
    } catch {
      throw new Error(`${f.label}: not valid JSON`);
    }
  }
  return text;
}

/** "Which campaign would apologize for this failure?": the failure's fields come from the registry. */
export function Simulator() {
  const [type, setType] = useState<TriggerType>(TRIGGER_TYPES[0]);
  const [inputs, setInputs] = useState(initialInputs);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  function chooseType(next: TriggerType) {
    setType(next);
    setInputs((prev) => {
      const out = { ...prev };
      for (const f of TRIGGERS[next].simulateFields) if (!touched.has(f.key)) out[f.key] = f.initial;
      return out;
    });
  }
  function edit(key: string, value: string) {
    setInputs({ ...inputs, [key]: value });
    setTouched(new Set(touched).add(key));
  }
  // "staging:draft": what publishing staging now would compile; "staging:live": its current revision
  const [rulesOf, setRulesOf] = useState("staging:draft");
  const [shown, setShown] = useState("0");
  const [user, setUser] = useState<SampleUser | Error>({ id: "u_1", name: "Jackie", locale: "" });
  // the page the failure happens on, as the SDK reads it: audience $path/$device/$locale and the translation
  const [pagePath, setPagePath] = useState("/");
  const [device, setDevice] = useState("desktop");
  const [language, setLanguage] = useState("en-US");
  const [result, setResult] = useState<SimulateResult | null>(null);
  const [pending, start] = useTransition();

  function failure() {
    const f: Record<string, unknown> = { type };
    for (const field of TRIGGERS[type].simulateFields) f[field.key] = convert(field, inputs[field.key] ?? "");
    return f;
  }

  function run() {
    let f: ReturnType<typeof failure>;
    if (user instanceof Error) {
      setResult({ ok: false, error: user.message });
      return;
    }
    try {
      f = failure();
    } catch {
      setResult({ ok: false, error: "Event properties: not valid JSON" });
      return;
    }
    const [environment, source] = rulesOf.split(":");
    const page = { path: pagePath.trim() || "/", device: device as "desktop", locale: language.trim() };
    start(async () => setResult(await simulateAction({ environment, source, failure: f, user, page, shownThisSession: Number(shown) || 0 })));
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">A failure</h2>
        <label className="block text-sm font-medium">
          Failure type
          <Select value={type} onChange={(e) => chooseType(e.target.value as TriggerType)}>
            <TriggerTypeOptions />
          </Select>
        </label>
        {TRIGGERS[type].simulateFields.map((f) => (
          <label key={`${type}.${f.key}`} className="block text-sm font-medium">
            {f.label}
            {f.kind === "json" ? (
              <Textarea value={inputs[f.key] ?? ""} onChange={(e) => edit(f.key, e.target.value)} rows={2} className="font-mono" />
            ) : (
              <Input
                value={inputs[f.key] ?? ""}
                onChange={(e) => edit(f.key, f.kind === "upper" ? e.target.value.toUpperCase() : e.target.value)}
               
                inputMode={f.kind === "number" ? "numeric" : f.kind === "seconds" ? "decimal" : undefined}
              />
            )}
          </label>
        ))}
        <SampleUserFields initial={{ id: "u_1", name: "Jackie", locale: "" }} onChange={setUser} />
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            Page path
            <Input value={pagePath} onChange={(e) => setPagePath(e.target.value)} className="font-mono" />
          </label>
          <label className="block text-sm font-medium">
            Device
            <Select value={device} onChange={(e) => setDevice(e.target.value)}>
              <option value="desktop">desktop</option>
              <option value="tablet">tablet</option>
              <option value="mobile">mobile</option>
            </Select>
          </label>
          <label className="block text-sm font-medium">
            Browser language
            <Input value={language} onChange={(e) => setLanguage(e.target.value)} placeholder="fr-CA" />
          </label>
        </div>
        <label className="block text-sm font-medium">
          Apologies this user already saw in this session
          <Input type="number" min={0} value={shown} onChange={(e) => setShown(e.target.value)} inputMode="numeric" />
        </label>
        <label className="block text-sm font-medium">
          Rules of
          <Select value={rulesOf} onChange={(e) => setRulesOf(e.target.value)}>
            <option value="staging:draft">staging, as publishing now would compile it</option>
            <option value="staging:live">staging, what is live now</option>
            <option value="production:draft">production, as publishing now would compile it</option>
            <option value="production:live">production, what is live now</option>
          </Select>
        </label>
        <Button onClick={run} disabled={pending}>
          {pending ? "Simulating…" : "Simulate"}
        </Button>
      </section>
      <section className="space-y-3" aria-live="polite">
        {result && !result.ok && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
            {result.error}
          </p>
        )}
        {result?.ok && (
          <>
            <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="simulation-outcome">
              {result.apology ? (
                <>
                  <p className="text-sm text-slate-500">The user would see:</p>
                  <p className="font-semibold">{result.apology.title}</p>
                  <p>{result.apology.body}</p>
                </>
              ) : (
                <p>No apology: {result.outcome === "suppressed" ? "the matching campaign is suppressed" : "no campaign matches"}.</p>
              )}
              <p className="mt-1 text-xs text-slate-500">{result.revision ? `Simulated over live revision ${result.revision}.` : "Simulated over what publishing now would compile."}</p>
            </div>
            <ul className="divide-y divide-slate-100 rounded-xl bg-white text-sm shadow-sm ring-1 ring-slate-200">
              {result.rows.map((r) => (
                <li key={r.campaignId} className="px-4 py-2" data-testid="simulation-row">
                  <div className="flex justify-between gap-3">
                    <span className="font-medium">{r.name}</span>
                    <span className={r.result === "shown" ? "text-emerald-700" : "text-slate-600"}>{r.result.replace("_", " ")}</span>
                  </div>
                  {r.why !== r.result && <p className="text-xs text-slate-500" data-testid="simulation-why">{r.why}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
