// Who is calling, and may they? Every page, server action and route calls one of these.
import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Permission, type Role } from "./permissions";

/** The cookie naming the workspace a person works in (set by the header's switcher). */
export const WORKSPACE_COOKIE = "mc-workspace";

export interface Member extends Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(message, 403);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(message, 401);
  }
}

/** The signed-in member of the current workspace, or null. */
export async function currentMember(): Promise<Member | null> {
  const session = await getServerSession(authOptions);
  const { id: userId, sv } = (session?.user ?? {}) as { id?: string; sv?: number };
  if (!userId) return null;
  // the workspace chosen in the header's switcher (a cookie), if the person still belongs to it;
  // otherwise the first they joined
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const m =
    (chosen ? await db().membership.findFirst({ where: { userId, workspaceId: chosen }, include: { user: true, workspace: true } }) : null) ??
    (await db().membership.findFirst({
      where: { userId },
      orderBy: { createdAt: "asc" },
      include: { user: true, workspace: true },
    }));
  // a session ended since this token was issued (sign-out, role or password change, removal)
  if (!m || m.user.sessionVersion !== (sv ?? 0)) return null;
  return {
    userId,
    label: m.user.email,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    workspaceId: m.workspaceId,
    workspaceName: m.workspace.name,
  };
}

/** For pages: redirects to sign-in, or shows the not-allowed page. */
export async function requirePage(permission: Permission): Promise<Member> {
  const m = await currentMember();
  if (!m) redirect("/login");
  if (!can(m.role, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return m;
}

/** For server actions and API routes: throws, and the caller maps it to an error. */
export async function requirePermission(permission: Permission): Promise<Member> {
  const m = await currentMember();
  if (!m) throw new UnauthenticatedError("Sign in first.");
  if (!can(m.role, permission)) {
    throw new ForbiddenError(`Your role (${m.role}) does not allow this (${permission}).`);
  }
  return m;
}
