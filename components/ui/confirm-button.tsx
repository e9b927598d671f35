"use client";
// A button that asks first, in a real dialog (Radix: focus trapped and restored, Escape and the
// overlay cancel, labelled for screen readers), instead of the browser's confirm(), which blocks
// the page and cannot say what will change.
import * as Dialog from "@radix-ui/react-dialog";
import { useState, type ButtonHTMLAttributes, type ReactNode } from "react";
import { Button } from "./button";

export interface Confirmation {
  title: string;
  /** what will happen, in a sentence or two */
  description?: ReactNode;
  /** the confirming button's label, a verb: "Delete segment", "Roll back" */
  action: string;
  tone?: "danger" | "primary";
  /** loads more to show when the dialog opens (what a rollback would change); shown under the description */
  details?: () => Promise<ReactNode>;
}

/**
 * `confirm` set: a click opens the dialog and `onConfirm` runs only after the action button.
 * `confirm` undefined: a plain button (for actions that only sometimes need asking).
 */
export function ConfirmButton({
  confirm,
  onConfirm,
  variant = "secondary",
  children,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "onClick"> & {
  confirm?: Confirmation;
  onConfirm: () => void;
  variant?: "primary" | "secondary" | "danger" | "ghost";
}) {
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState<ReactNode>(null);
  const openChange = (next: boolean) => {
    setOpen(next);
    if (next && confirm?.details) {
      setDetails(<p className="text-slate-500">Loading what changes…</p>);
      confirm.details().then(setDetails, (e: Error) => setDetails(<p className="text-rose-700">{e.message}</p>));
    }
  };
  if (!confirm) {
    return (
      <Button {...props} variant={variant} onClick={onConfirm}>
        {children}
      </Button>
    );
  }
  return (
    <Dialog.Root open={open} onOpenChange={openChange}>
      <Dialog.Trigger asChild>
        <Button {...props} variant={variant}>
          {children}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-3 rounded-xl bg-white p-5 shadow-xl ring-1 ring-slate-200">
          <Dialog.Title className="text-lg font-semibold">{confirm.title}</Dialog.Title>
          <Dialog.Description className="text-sm text-slate-600">{confirm.description ?? "This cannot be undone."}</Dialog.Description>
          {confirm.details && (
            <div className="max-h-64 overflow-y-auto text-sm" data-testid="confirm-details">
              {details}
            </div>
          )}
          <div className="flex justify-end gap-2 pt-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            <Button
              variant={confirm.tone === "primary" ? "primary" : "danger"}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirm.action}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
