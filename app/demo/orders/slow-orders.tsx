"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/** Shows nothing for 6 s, as a page waiting on a slow backend does, then the orders. */
export function SlowOrders() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), 6000);
    return () => clearTimeout(t);
  }, []);
  if (!ready) return null;
  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <h1 className="text-xl font-semibold">Your orders</h1>
      <p className="mt-2 text-sm text-slate-600">Order 1042: Cloud Runner, shipped.</p>
      <Link href="/demo" className="mt-4 inline-block text-sm text-indigo-700 underline">
        Back to the store
      </Link>
    </main>
  );
}
