// Workspace membership changes. Only an owner grants or takes away the owner role, nobody changes
// their own role or removes themselves, and a workspace always keeps at least one owner.
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { roleRank, type Role } from "@/lib/auth/permissions";
import { endSessions } from "@/lib/auth/end-sessions";
import type { AddMemberInput } from "./schemas";

function assertMayAssign(actor: Actor, role: Role) {
  if (role === "owner" && actor.role !== "owner") throw new AppError("Only an owner can make someone an owner", 403, "role");
}

function audit(actor: Actor, action: string, targetId: string, data: object) {
  return recordAudit(actor, { action, targetType: "member", targetId, data });
}

export async function addMember(actor: Actor, input: AddMemberInput) {
  assertMayAssign(actor, input.role);
  const existing = await db().user.findUnique({
    where: { email: input.email },
    include: { memberships: { where: { workspaceId: actor.workspaceId } } },
  });
  if (existing?.memberships.length) throw new AppError(`${input.email} is already a member`, 409, "email");
  // A person with no workspace left (removed everywhere) starts again with the password typed
  // here: their old one, and any session they kept, must not come back with the new role. A
  // person still in another workspace keeps their own password (another team's owner must not be
  // able to change it), and the caller says so.
  const others = existing ? await db().membership.count({ where: { userId: existing.id } }) : 0;
  // hashed whatever happens next, so the answer takes as long whether or not the address has an
  // account elsewhere (a timing difference would tell, #27 review)
  const passwordHash = await hashPassword(input.password);
  let keptPassword = false;
  let user;
  if (!existing) {
    user = await db().user.create({ data: { email: input.email, name: input.name, passwordHash } });
  } else if (others === 0) {
    user = await db().user.update({
      where: { id: existing.id },
      data: { name: input.name, passwordHash, sessionVersion: { increment: 1 } },
    });
  } else {
    user = existing;
    keptPassword = true;
  }
  // the name typed here is the name this workspace shows, whatever the person calls themselves elsewhere
  await db().membership.create({ data: { userId: user.id, workspaceId: actor.workspaceId, role: input.role, name: input.name } });
  // the audit log says nothing of other workspaces either
  await audit(actor, "member.add", user.id, { email: input.email, role: input.role });
  return { user, keptPassword };
}

/**
 * Keys a person made may not outlive their access: when they are removed, or demoted below a key's
 * role, the key is revoked (not capped: a key's role is what its users rely on, so it stops rather
 * than silently failing some calls). Returns how many were revoked.
 */
async function revokeKeysBeyond(actor: Actor, userId: string, role: Role | null): Promise<number> {
  const keys = await db().secretKey.findMany({ where: { createdById: userId, revokedAt: null, environment: { workspaceId: actor.workspaceId } } });
  const doomed = keys.filter((k) => role === null || roleRank(k.role) > roleRank(role));
  if (!doomed.length) return 0;
  await db().secretKey.updateMany({ where: { id: { in: doomed.map((k) => k.id) } }, data: { revokedAt: new Date() } });
  for (const k of doomed) await recordAudit(actor, { action: "key.revoke", targetType: "key", targetId: k.id, data: { name: k.name, prefix: k.prefix, reason: role ? `creator demoted to ${role}` : "creator removed" } });
  return doomed.length;
}

async function targetMembership(actor: Actor, userId: string) {
  if (userId === actor.userId) throw new AppError("You cannot change your own membership", 409);
  // a key acts for the person who made it: it cannot change or remove them either
  const maker = actor.keyId ? (await db().secretKey.findUnique({ where: { id: actor.keyId }, select: { createdById: true } }))?.createdById : null;
  if (maker && userId === maker) throw new AppError("A key cannot change the membership of the person who made it", 409);
  const m = await db().membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
  });
  if (!m) throw new AppError("Member not found", 404);
  if (m.role === "owner" && actor.role !== "owner") throw new AppError("Only an owner can change an owner", 403);
  return m;
}

export async function changeMemberRole(actor: Actor, userId: string, role: Role) {
  assertMayAssign(actor, role);
  const m = await targetMembership(actor, userId);
  // the role is read from the database on every request, so it applies from their next click; their
  // sessions in other workspaces are none of this workspace's business and go on (#26)
  await db().membership.update({ where: { id: m.id }, data: { role } });
  const revoked = await revokeKeysBeyond(actor, userId, role);
  await audit(actor, "member.role", userId, { from: m.role, to: role, keysRevoked: revoked });
  return { keysRevoked: revoked };
}

export async function removeMember(actor: Actor, userId: string) {
  const m = await targetMembership(actor, userId);
  await db().membership.delete({ where: { id: m.id } });
  // access here ends with the membership (checked on every request); their sessions end only when
  // no workspace is left, so one team removing a person never signs them out of another's (#26)
  if (!(await db().membership.count({ where: { userId } }))) await endSessions(userId);
  const revoked = await revokeKeysBeyond(actor, userId, null);
  await audit(actor, "member.remove", userId, { role: m.role, keysRevoked: revoked });
  return { keysRevoked: revoked };
}

