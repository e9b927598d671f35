"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin-action";
import { WORKSPACE_COOKIE } from "@/lib/auth/session";
import { assertMemberOf, createWorkspace, workspaceInput } from "@/lib/workspaces/mutations";

// the workspace a person works in: not a secret (every page checks membership), but only ours to set
async function choose(workspaceId: string) {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
    maxAge: 365 * 24 * 3600,
  });
}

export const switchWorkspaceAction = adminAction("dashboard:view", [z.string().min(1).max(64)], async (m, workspaceId) => {
  await assertMemberOf(m.userId, workspaceId);
  await choose(workspaceId);
  return { message: "Switched workspace." };
});

export const createWorkspaceAction = adminAction("workspaces:create", [workspaceInput], async (m, input) => {
  const ws = await createWorkspace(m, input);
  await choose(ws.id);
  return { message: `Created “${ws.name}”: you are its owner.`, id: ws.id };
});
