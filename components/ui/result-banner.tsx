import type { ActionResult } from "@/lib/actions/result";

export function ResultBanner({ result, testId, className = "" }: { result: ActionResult | null; testId: string; className?: string }) {
  if (!result) return null;
  return (
    <p
      role={result.ok ? undefined : "alert"}
      className={`rounded-md px-3 py-2 text-sm ${result.ok ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-700"} ${className}`}
      data-testid={testId}
    >
      {result.ok ? result.message : result.error}
    </p>
  );
}
