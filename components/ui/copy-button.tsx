"use client";
// Copies a value (a key shown once, a snippet) and says so where the user is looking; where the
// clipboard is refused (an insecure origin, a denied permission) it says that instead.
import { useState } from "react";
import { Button } from "./button";

export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <Button
      type="button"
      variant="secondary"
      aria-live="polite"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setState("copied");
        } catch {
          setState("failed");
        }
        setTimeout(() => setState("idle"), 2000);
      }}
    >
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select and copy" : label}
    </Button>
  );
}

/** Code to paste somewhere else (a snippet, a command), shown as it is, with its copy button. */
export function CopyableCode({ code, label, testId }: { code: string; label: string; testId?: string }) {
  return (
    // side by side from 640 px; on a phone the code takes the whole width, the button goes below
    <div className="flex flex-col items-start gap-2 sm:flex-row">
      <pre tabIndex={0} className="w-full min-w-0 flex-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" data-testid={testId}>
        {code}
      </pre>
      <CopyButton value={code} label={label} />
    </div>
  );
}
