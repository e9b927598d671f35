// Reusable audiences. A campaign that uses a segment gets its conditions at publish time.
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { lastChange } from "@/lib/audit/last-change";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { SegmentInput } from "./schemas";
import { view, type SegmentView } from "./queries";

export async function createSegment(actor: Actor, input: SegmentInput): Promise<SegmentView> {
  const s = await db().segment.create({ data: { workspaceId: actor.workspaceId, name: input.name, conditions: input.conditions } });
  await recordAudit(actor, { action: "segment.create", targetType: "segment", targetId: s.id, after: input });
  return view(s);
}

/**
 * Changes a segment. `ifVersion` (the version the editor or an `If-Match` read) refuses to
 * overwrite a segment changed since: 412 naming who changed it and when; without it the last
 * write wins. Errors: 404 not in this workspace, 412 stale.
 */
export async function updateSegment(actor: Actor, id: string, input: SegmentInput, ifVersion?: string): Promise<SegmentView> {
  const before = await db().segment.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!before) throw new AppError("Segment not found", 404);
  const stale = async () =>
    AppError.of("precondition_failed", `“${before.name}” was changed by ${await lastChange("segment", id)} after you opened it: reload to see that version (your edits here are not saved).`, "version");
  if (ifVersion !== undefined && ifVersion !== before.updatedAt.toISOString()) throw await stale();
  const s = await db()
    .segment.update({
      // checked again in the write itself, so two saves racing cannot both pass
      where: ifVersion !== undefined ? { id, updatedAt: before.updatedAt } : { id },
      data: { name: input.name, conditions: input.conditions },
    })
    .catch(async (e) => {
      if ((e as { code?: string }).code === "P2025") throw await stale();
      throw e;
    });
  await recordAudit(actor, {
    action: "segment.update",
    targetType: "segment",
    targetId: id,
    before: { name: before.name, conditions: before.conditions },
    after: input,
  });
  return view(s);
}

export async function deleteSegment(actor: Actor, id: string): Promise<void> {
  const s = await db().segment.findFirst({ where: { id, workspaceId: actor.workspaceId }, include: { campaigns: { select: { name: true } } } });
  if (!s) throw new AppError("Segment not found", 404);
  if (s.campaigns.length) {
    throw new AppError(`“${s.name}” is used by ${s.campaigns.map((c) => `“${c.name}”`).join(", ")}`, 409);
  }
  await db().segment.delete({ where: { id } });
  await recordAudit(actor, { action: "segment.delete", targetType: "segment", targetId: id, before: { name: s.name, conditions: s.conditions } });
}
