"use client";

import { Button } from "@/components/ui/button";

// Shown when a page fails to render (for example, the database is unreachable).
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-lg space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-rose-200">
      <h1 className="text-lg font-semibold text-rose-800">This page could not be loaded</h1>
      <p className="text-sm text-slate-600">
        Something went wrong on our side{error.digest ? ` (reference ${error.digest})` : ""}. Your saved work is safe.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
