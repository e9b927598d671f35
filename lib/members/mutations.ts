// Workspace membership changes. Only an owner grants or takes away the owner role, nobody changes
// their own role or removes themselves, and a workspace always keeps at least one owner.
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Member } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";
import type { AddMemberInput } from "./schemas";

function assertMayAssign(actor: Member, role: Role) {
  if (role === "owner" && actor.role !== "owner") throw new AppError("Only an owner can make someone an owner", 403, "role");
}

function audit(actor: Member, action: string, targetId: string, data: object) {
  return recordAudit(actor, { action, targetType: "member", targetId, data });
}

export async function addMember(actor: Member, input: AddMemberInput) {
  assertMayAssign(actor, input.role);
  const existing = await db().user.findUnique({
    where: { email: input.email },
    include: { memberships: { where: { workspaceId: actor.workspaceId } } },
  });
  if (existing?.memberships.length) throw new AppError(`${input.email} is already a member`, 409, "email");
  const user =
    existing ??
    (await db().user.create({
      data: { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) },
    }));
  await db().membership.create({ data: { userId: user.id, workspaceId: actor.workspaceId, role: input.role } });
  await audit(actor, "member.add", user.id, { email: input.email, role: input.role });
  return user;
}

async function targetMembership(actor: Member, userId: string) {
  if (userId === actor.userId) throw new AppError("You cannot change your own membership", 409);
  const m = await db().membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
  });
  if (!m) throw new AppError("Member not found", 404);
  if (m.role === "owner" && actor.role !== "owner") throw new AppError("Only an owner can change an owner", 403);
  return m;
}

export async function changeMemberRole(actor: Member, userId: string, role: Role) {
  assertMayAssign(actor, role);
  const m = await targetMembership(actor, userId);
  await db().membership.update({ where: { id: m.id }, data: { role } });
  await audit(actor, "member.role", userId, { from: m.role, to: role });
}

export async function removeMember(actor: Member, userId: string) {
  const m = await targetMembership(actor, userId);
  await db().membership.delete({ where: { id: m.id } });
  await audit(actor, "member.remove", userId, { role: m.role });
}

