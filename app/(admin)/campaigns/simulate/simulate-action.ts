"use server";

import { actionError } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { simulate, simulateInput } from "@/lib/campaigns/simulate";

export type SimulateResult =
  | ({ ok: true } & Awaited<ReturnType<typeof simulate>>)
  | { ok: false; error: string };

export async function simulateAction(raw: unknown): Promise<SimulateResult> {
  try {
    const m = await requirePermission("campaigns:view");
    return { ok: true, ...(await simulate(m.workspaceId, simulateInput.parse(raw))) };
  } catch (e) {
    const r = actionError(e);
    return { ok: false, error: r.ok ? "" : r.error };
  }
}
