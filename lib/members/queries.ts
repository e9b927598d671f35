// Workspace members as the Members page reads them.
import { db } from "@/lib/db";

export async function listMembers(workspaceId: string) {
  const rows = await db().membership.findMany({
    where: { workspaceId },
    include: { user: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({
    userId: m.userId,
    email: m.user.email,
    // as this workspace added them (their own name elsewhere is not this workspace's to see)
    name: m.name ?? m.user.name,
    role: m.role,
    since: m.createdAt.toISOString(),
  }));
}

export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];
