// Every change leaves an AuditEntry: who (user or key), what, on which target, before and after.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export async function recordAudit(
  actor: Actor,
  entry: { action: string; targetType: string; targetId?: string | null; before?: unknown; after?: unknown; data?: object },
): Promise<void> {
  await db().auditEntry.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      data: JSON.parse(
        JSON.stringify({ actor: actor.label, before: entry.before, after: entry.after, ...(entry.data ?? {}) }),
      ),
    },
  });
}
