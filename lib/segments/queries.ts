// Reusable audiences as the Segments page and API read them.
import { db } from "@/lib/db";
import type { SegmentInput } from "./schemas";

export function view(s: { id: string; name: string; conditions: unknown; updatedAt: Date }, usedBy = 0) {
  return { id: s.id, name: s.name, conditions: s.conditions as SegmentInput["conditions"], updatedAt: s.updatedAt.toISOString(), usedBy };
}

export type SegmentView = ReturnType<typeof view>;

export async function listSegments(workspaceId: string): Promise<SegmentView[]> {
  const rows = await db().segment.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: { _count: { select: { campaigns: true } } },
  });
  return rows.map((s) => view(s, s._count.campaigns));
}
