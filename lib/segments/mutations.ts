// Reusable audiences. A campaign that uses a segment gets its conditions at publish time.
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { SegmentInput } from "./schemas";
import { view, type SegmentView } from "./queries";

export async function createSegment(actor: Actor, input: SegmentInput): Promise<SegmentView> {
  const s = await db().segment.create({ data: { workspaceId: actor.workspaceId, name: input.name, conditions: input.conditions } });
  await recordAudit(actor, { action: "segment.create", targetType: "segment", targetId: s.id, after: input });
  return view(s);
}

export async function updateSegment(actor: Actor, id: string, input: SegmentInput): Promise<SegmentView> {
  const before = await db().segment.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!before) throw new AppError("Segment not found", 404);
  const s = await db().segment.update({ where: { id }, data: { name: input.name, conditions: input.conditions } });
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
