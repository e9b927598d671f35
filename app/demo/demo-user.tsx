"use client";
// Who the demo visitor is: the attributes the SDK knows (identify) shown and editable, so a growth
// person can watch their own campaign's audience and `<<name|…>>` copy at work. Kept for the tab
// (sessionStorage), read again by the install snippet on the next page (demo-sdk.tsx).
import { useState, useSyncExternalStore } from "react";
import { DEMO_USER, DEMO_USER_KEY, type DemoUser } from "./demo-visitor";

declare global {
  interface Window {
    MeaCulpa?: { identify(u: Record<string, unknown>): void; report(name: string, props?: Record<string, unknown>): void };
  }
}

const CHANGED = "mc-demo-user-changed";
const subscribe = (cb: () => void) => {
  addEventListener(CHANGED, cb);
  return () => removeEventListener(CHANGED, cb);
};

/** The demo visitor as edited in this tab; the server (and the first render) see the defaults. */
export function useDemoUser(): DemoUser {
  const raw = useSyncExternalStore(subscribe, () => sessionStorage.getItem(DEMO_USER_KEY) ?? "", () => "");
  try {
    return { ...DEMO_USER, ...JSON.parse(raw || "{}") };
  } catch {
    return DEMO_USER;
  }
}

export function DemoUserPanel() {
  const user = useDemoUser();
  const [saved, setSaved] = useState(false);

  function apply(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const next = { name: String(f.get("name") ?? "").trim(), plan: String(f.get("plan")), locale: String(f.get("locale")) };
    sessionStorage.setItem(DEMO_USER_KEY, JSON.stringify(next));
    // an empty name is a visitor the product does not know by name: the copy's fallback shows
    window.MeaCulpa?.identify({ id: "user_jackie", ...next, name: next.name || undefined });
    dispatchEvent(new Event(CHANGED));
    setSaved(true);
  }

  return (
    <form key={JSON.stringify(user)} onSubmit={apply} aria-label="Demo visitor" className="mb-6 flex flex-wrap items-end gap-3 rounded-md border border-slate-200 px-4 py-3 text-sm">
      <span className="w-full font-medium text-slate-700">You are visiting as (what the SDK knows through identify):</span>
      <label className="flex flex-col gap-1">
        Name
        <input name="name" defaultValue={user.name} maxLength={60} className="rounded-md border border-slate-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        Plan
        <select name="plan" defaultValue={user.plan} className="rounded-md border border-slate-300 px-2 py-1">
          <option value="free">free</option>
          <option value="pro">pro</option>
          <option value="enterprise">enterprise</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        Locale
        <select name="locale" defaultValue={user.locale} className="rounded-md border border-slate-300 px-2 py-1">
          <option value="en">en</option>
          <option value="fr">fr</option>
          <option value="de">de</option>
          <option value="es">es</option>
        </select>
      </label>
      <button className="rounded-md bg-slate-900 px-3 py-1.5 text-white">Apply</button>
      {saved && <span aria-live="polite" data-testid="demo-user-saved">Now visiting as {user.name || "an unnamed visitor"} ({user.plan}, {user.locale}).</span>}
    </form>
  );
}
