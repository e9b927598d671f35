"use client";
// What a form shows when its save was refused because someone changed the record after it was
// opened (the message names who and when): take their version, or keep editing here.
import { Button } from "./button";

export function StaleSaveNotice({ message, onReload, onKeep }: { message: string; onReload: () => void; onKeep: () => void }) {
  return (
    <div role="alert" className="space-y-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="save-conflict">
      <p>{message}</p>
      <div className="flex gap-2">
        <Button type="button" onClick={onReload}>
          Reload their version
        </Button>
        <Button type="button" variant="ghost" onClick={onKeep}>
          Keep my edits here
        </Button>
      </div>
    </div>
  );
}
