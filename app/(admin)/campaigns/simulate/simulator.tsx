"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TRIGGER_LABELS, TriggerTypeOptions } from "../trigger-fields";
import { simulateAction, type SimulateResult } from "./simulate-action";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm";
type Type = keyof typeof TRIGGER_LABELS;

export function Simulator() {
  const [type, setType] = useState<Type>("http_error");
  const [url, setUrl] = useState("/api/demo/search?q=shoes");
  const [method, setMethod] = useState("GET");
  const [status, setStatus] = useState("500");
  const [ms, setMs] = useState("5000");
  const [text, setText] = useState("");
  const [count, setCount] = useState("3");
  const [env, setEnv] = useState("staging");
  const [userJson, setUserJson] = useState('{ "id": "u_1", "name": "Jackie" }');
  const [propsJson, setPropsJson] = useState("{}");
  const [result, setResult] = useState<SimulateResult | null>(null);
  const [pending, start] = useTransition();

  function failure() {
    switch (type) {
      case "http_error":
        return { type, url, method, status: Number(status) };
      case "slow_request":
        return { type, url, method, elapsedMs: Number(ms) };
      case "js_error":
        return { type, message: text, sameOrigin: true };
      case "resource_error":
        return { type, url };
      case "media_stall":
        return { type, stallMs: Number(ms), count: Number(count) };
      case "rage_click":
        return { type, clicks: Number(count), withinMs: Number(ms) };
      case "custom":
        return { type, name: text, props: JSON.parse(propsJson || "{}") };
    }
  }

  function run() {
    let user: unknown;
    let f: ReturnType<typeof failure>;
    try {
      user = JSON.parse(userJson || "{}");
    } catch {
      setResult({ ok: false, error: "Sample user: not valid JSON" });
      return;
    }
    try {
      f = failure();
    } catch {
      setResult({ ok: false, error: "Event properties: not valid JSON" });
      return;
    }
    start(async () => setResult(await simulateAction({ environment: env, failure: f, user })));
  }

  const hasUrl = type === "http_error" || type === "slow_request" || type === "resource_error";
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">A failure</h2>
        <label className="block text-sm font-medium">
          Failure type
          <select value={type} onChange={(e) => setType(e.target.value as Type)} className={input}>
            <TriggerTypeOptions />
          </select>
        </label>
        {hasUrl && (
          <label className="block text-sm font-medium">
            URL
            <input value={url} onChange={(e) => setUrl(e.target.value)} className={input} />
          </label>
        )}
        {(type === "http_error" || type === "slow_request") && (
          <label className="block text-sm font-medium">
            Method
            <input value={method} onChange={(e) => setMethod(e.target.value.toUpperCase())} className={input} />
          </label>
        )}
        {type === "http_error" && (
          <label className="block text-sm font-medium">
            Status (0 = network failure)
            <input value={status} onChange={(e) => setStatus(e.target.value)} className={input} inputMode="numeric" />
          </label>
        )}
        {(type === "slow_request" || type === "media_stall" || type === "rage_click") && (
          <label className="block text-sm font-medium">
            {type === "slow_request" ? "Pending for (ms)" : type === "media_stall" ? "Stalled for (ms)" : "Within (ms)"}
            <input value={ms} onChange={(e) => setMs(e.target.value)} className={input} inputMode="numeric" />
          </label>
        )}
        {(type === "media_stall" || type === "rage_click") && (
          <label className="block text-sm font-medium">
            {type === "media_stall" ? "Stall count" : "Clicks"}
            <input value={count} onChange={(e) => setCount(e.target.value)} className={input} inputMode="numeric" />
          </label>
        )}
        {(type === "js_error" || type === "custom") && (
          <label className="block text-sm font-medium">
            {type === "js_error" ? "Error message" : "Event name"}
            <input value={text} onChange={(e) => setText(e.target.value)} className={input} />
          </label>
        )}
        {type === "custom" && (
          <label className="block text-sm font-medium">
            Event properties (JSON)
            <textarea value={propsJson} onChange={(e) => setPropsJson(e.target.value)} rows={2} className={`${input} font-mono`} />
          </label>
        )}
        <label className="block text-sm font-medium">
          Sample user (JSON attributes)
          <textarea value={userJson} onChange={(e) => setUserJson(e.target.value)} rows={3} className={`${input} font-mono`} />
        </label>
        <label className="block text-sm font-medium">
          Rules of
          <select value={env} onChange={(e) => setEnv(e.target.value)} className={input}>
            <option value="staging">staging (active campaigns, as publishing now would compile them)</option>
            <option value="production">production (active campaigns, as publishing now would compile them)</option>
          </select>
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
            </div>
            <ul className="divide-y divide-slate-100 rounded-xl bg-white text-sm shadow-sm ring-1 ring-slate-200">
              {result.rows.map((r) => (
                <li key={r.campaignId} className="flex justify-between gap-3 px-4 py-2" data-testid="simulation-row">
                  <span className="font-medium">{r.name}</span>
                  <span className={r.result === "shown" ? "text-emerald-700" : "text-slate-600"}>{r.result.replace("_", " ")}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
