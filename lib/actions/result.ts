// What every server action returns: a message to show, or an error that names the field at fault.
import { ZodError } from "zod";
import { notSavedMessage, storageFaultOf } from "@/lib/storage/faults";

export type ActionResult = { ok: true; message: string } | { ok: false; error: string; field?: string };

export function actionError(e: unknown): ActionResult {
  if (e instanceof ZodError) {
    const issue = e.issues[0];
    return { ok: false, error: issue.message, field: issue.path.join(".") || undefined };
  }
  const fault = storageFaultOf(e);
  if (fault) return { ok: false, error: notSavedMessage(fault) };
  const field = (e as { field?: string })?.field;
  return { ok: false, error: e instanceof Error ? e.message : "Something went wrong", field };
}
