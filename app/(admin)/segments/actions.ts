"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionError, type ActionResult } from "@/lib/actions/result";
import { requirePermission } from "@/lib/auth/session";
import { createSegment, deleteSegment, updateSegment } from "@/lib/segments/mutations";
import { segmentInput } from "@/lib/segments/schemas";

export async function saveSegmentAction(id: string | null, raw: unknown): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    const input = segmentInput.parse(raw);
    const s = id ? await updateSegment(m, z.string().min(1).max(64).parse(id), input) : await createSegment(m, input);
    revalidatePath("/segments");
    return { ok: true, message: `Saved segment “${s.name}”.` };
  } catch (e) {
    return actionError(e);
  }
}

export async function deleteSegmentAction(id: string): Promise<ActionResult> {
  try {
    const m = await requirePermission("campaigns:edit");
    await deleteSegment(m, z.string().min(1).max(64).parse(id));
    revalidatePath("/segments");
    return { ok: true, message: "Segment deleted." };
  } catch (e) {
    return actionError(e);
  }
}
