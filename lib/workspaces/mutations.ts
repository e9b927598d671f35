// More than one workspace: an owner starts another (owning it), and each member picks the one they
// work in. A member's role is per workspace; every query already scopes by the current one.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Member } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newPublicKey } from "@/lib/keys";

export const workspaceInput = z.object({
  name: z.string().trim().min(1, "Name the workspace").max(80, "Name is at most 80 characters"),
});

const slugOf = (name: string) =>
  (name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "workspace") + "-" + randomBytes(3).toString("hex");

/**
 * Creates a workspace with its staging and production environments (fresh public keys, nothing
 * published) and makes `actor` its owner. Returns `{ id, name }`. The caller's own workspace is
 * untouched; the new one starts empty.
 */
export async function createWorkspace(actor: Member, input: z.infer<typeof workspaceInput>): Promise<{ id: string; name: string }> {
  const ws = await db().workspace.create({
    data: {
      name: input.name,
      slug: slugOf(input.name),
      attributeDefaults: { name: "there" },
      environments: { create: [{ name: "staging", publicKey: newPublicKey() }, { name: "production", publicKey: newPublicKey() }] },
      memberships: { create: { userId: actor.userId, role: "owner" } },
    },
  });
  await recordAudit({ ...actor, workspaceId: ws.id, role: "owner" }, { action: "workspace.create", targetType: "workspace", targetId: ws.id, after: { name: ws.name, createdFrom: actor.workspaceName } });
  return { id: ws.id, name: ws.name };
}

/** The workspaces a person belongs to, with their role in each, oldest first. */
export async function memberWorkspaces(userId: string): Promise<{ id: string; name: string; role: string }[]> {
  const ms = await db().membership.findMany({ where: { userId }, include: { workspace: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } });
  return ms.map((m) => ({ id: m.workspace.id, name: m.workspace.name, role: m.role }));
}

/** Checks `userId` belongs to `workspaceId` (switching to another's workspace is a 404, not a hint). */
export async function assertMemberOf(userId: string, workspaceId: string): Promise<void> {
  const m = await db().membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } });
  if (!m) throw new AppError("Workspace not found", 404);
}
