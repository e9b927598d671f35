"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import { DemoMedia } from "./demo-media";
import { DemoUserPanel, useDemoUser } from "./demo-user";

const PRODUCTS = [
  { id: "sneaker", name: "Cloud Runner", price: 89, color: "bg-sky-200" },
  { id: "backpack", name: "Trail Pack 22L", price: 64, color: "bg-amber-200" },
  { id: "bottle", name: "Steel Bottle", price: 19, color: "bg-emerald-200" },
];

/** `env`: the demo workspace's environment this page runs against (staging with `?env=staging`). */
export function DemoStore({ env = "production" }: { env?: "staging" | "production" }) {
  const [status, setStatus] = useState<string>("");
  const [photo, setPhoto] = useState<string | null>(null);
  const [checkingOut, setCheckingOut] = useState(false);
  const [slowSearch, setSlowSearch] = useState(false);
  const user = useDemoUser();

  async function search(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = String(new FormData(e.currentTarget).get("q") ?? "");
    setStatus("Searching…");
    try {
      const res = await fetch(`/api/demo/search?q=${encodeURIComponent(q)}${slowSearch ? "&slow=1" : ""}`);
      setStatus(res.ok ? "Results loaded." : `Search failed (HTTP ${res.status}).`);
    } catch {
      setStatus("Search failed (network).");
    }
  }

  async function checkout() {
    setCheckingOut(true);
    setStatus("Placing your order…");
    const res = await fetch("/api/demo/checkout", { method: "POST" });
    const body = await res.json();
    setStatus(`Order ${body.order} placed.`);
    setCheckingOut(false);
  }

  function addToCart() {
    // the cart code fails on the click itself: the apology comes at the moment of the action
    throw new Error("Cart service client is not initialised");
  }

  function recalculate() {
    // a synchronous computation that blocks the main thread: the click is answered 1.5 s late
    const until = Date.now() + 1500;
    while (Date.now() < until);
    setStatus("Shipping: $4.90.");
  }

  function breakScript() {
    // A genuine uncaught error from this page's own script, as a buggy widget would throw.
    setTimeout(() => {
      throw new Error("Size guide widget crashed");
    });
  }

  return (
    <div className="min-h-screen bg-white">
      {env === "staging" && (
        <p data-testid="demo-env" className="bg-amber-100 px-6 py-1 text-center text-sm text-amber-900">
          This demo runs against <strong>staging</strong>: what staging publishes, before production gets it.
        </p>
      )}
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-5xl items-center gap-6 px-6 py-4">
          <span className="text-lg font-bold tracking-tight">Tiny Shop</span>
          <form onSubmit={search} className="flex flex-1 gap-2" role="search">
            <input
              name="q"
              defaultValue="running shoes"
              aria-label="Search products"
              className="w-full max-w-sm rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            />
            <button className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white">Search</button>
          </form>
          <label className="flex items-center gap-1 text-sm text-slate-600">
            <input type="checkbox" checked={slowSearch} onChange={(e) => setSlowSearch(e.target.checked)} /> Slow search (3 s)
          </label>
          <span className="text-sm text-slate-600">Hi, {user.name || "there"}</span>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-8">
        <p className="mb-6 rounded-md bg-indigo-50 px-4 py-3 text-sm text-indigo-900">
          This is a demo store wired to Mea Culpa. Each control below causes a real failure; watch the
          apology appear, then see it counted on the dashboard.
        </p>
        <DemoUserPanel />
        <div className="grid gap-6 sm:grid-cols-3">
          {PRODUCTS.map((p) => (
            <article key={p.id} className="rounded-xl border border-slate-200 p-4">
              <div className={`flex h-32 items-center justify-center rounded-lg ${p.color} text-3xl`} aria-hidden>
                {p.name[0]}
              </div>
              <h2 className="mt-3 font-medium">{p.name}</h2>
              <p className="text-sm text-slate-600">${p.price}</p>
              <button data-demo="add-to-cart" onClick={addToCart} className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm">
                Add to cart (throws)
              </button>
            </article>
          ))}
        </div>
        <form data-demo="quick-find" className="mt-8 flex max-w-md gap-2" onSubmit={(e) => e.preventDefault()}>
          <input
            aria-label="Quick find"
            placeholder="Quick find: press Enter (broken)"
            className="w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            // the bug this control shows: Enter is swallowed, only the magnifier button works
            onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
          />
          <button type="button" aria-label="Find" onClick={() => setStatus("Found 3 products.")} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
            <Search size={16} aria-hidden />
          </button>
        </form>
        <div className="mt-8 flex flex-wrap gap-3">
          <button
            onClick={checkout}
            disabled={checkingOut}
            className="rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          >
            {checkingOut ? "Checking out…" : "Checkout (takes 4 s)"}
          </button>
          <button
            onClick={() => setPhoto(`/demo/images/cloud-runner-${Date.now()}.jpg`)}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm"
          >
            Show product photo (broken)
          </button>
          <button onClick={breakScript} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
            Open size guide (throws)
          </button>
          <button data-demo="coupon" className="rounded-md border border-slate-300 px-4 py-2 text-sm">
            Apply coupon (does nothing: click it 4 times)
          </button>
          <button onClick={recalculate} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
            Recalculate shipping (freezes the page 1.5 s)
          </button>
          <button
            onClick={() => {
              // the payment provider said no: the store reports it as a custom failure
              setStatus("Your card was declined.");
              window.MeaCulpa?.report("payment_failed", { amount: 64, provider: "demo" });
            }}
            className="rounded-md border border-slate-300 px-4 py-2 text-sm"
          >
            Pay $64 (card declined: a custom report)
          </button>
          <a href={env === "staging" ? "/demo/orders?env=staging" : "/demo/orders"} className="rounded-md border border-slate-300 px-4 py-2 text-sm">
            Order history (slow page: 6 s)
          </a>
        </div>
        <DemoMedia onStatus={setStatus} />
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- a real <img> that fails is the point
          <img src={photo} alt="Cloud Runner product photo" className="mt-6 h-40 w-40 rounded-lg bg-slate-100" />
        )}
        <p className="mt-6 text-sm text-slate-700" aria-live="polite" data-testid="store-status">
          {status}
        </p>
      </main>
    </div>
  );
}
