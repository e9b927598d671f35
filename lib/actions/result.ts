// What every server action returns: a message to show, or an error that names the field at fault.
// The server actions' adapter over the one classifier (lib/errors.ts).
import { classifyError } from "@/lib/errors";

export type ActionResult = { ok: true; message: string } | { ok: false; error: string; field?: string; code?: string };

export function actionError(e: unknown): ActionResult {
  const c = classifyError(e);
  if (c.internal) {
    console.error("[action] unexpected error:", e);
    return { ok: false, error: "Something went wrong: nothing was saved. Try again; if it persists, check the server log." };
  }
  return { ok: false, error: c.message, field: c.field === "body" ? undefined : c.field, code: c.code };
}
