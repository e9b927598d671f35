"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { addMember, changeMemberRole, removeMember } from "@/lib/members/mutations";
import { addMemberInput, changeRoleInput, removeMemberInput } from "@/lib/members/schemas";
import { actionError as fail, type ActionResult } from "@/lib/actions/result";

export async function addMemberAction(raw: unknown): Promise<ActionResult> {
  try {
    const actor = await requirePermission("members:manage");
    const input = addMemberInput.parse(raw);
    await addMember(actor, input);
    revalidatePath("/members");
    return { ok: true, message: `${input.email} can now sign in as ${input.role}.` };
  } catch (e) {
    return fail(e);
  }
}

export async function changeRoleAction(raw: unknown): Promise<ActionResult> {
  try {
    const actor = await requirePermission("members:manage");
    const input = changeRoleInput.parse(raw);
    await changeMemberRole(actor, input.userId, input.role);
    revalidatePath("/members");
    return { ok: true, message: `Role changed to ${input.role}.` };
  } catch (e) {
    return fail(e);
  }
}

export async function removeMemberAction(raw: unknown): Promise<ActionResult> {
  try {
    const actor = await requirePermission("members:manage");
    const input = removeMemberInput.parse(raw);
    await removeMember(actor, input.userId);
    revalidatePath("/members");
    return { ok: true, message: "Member removed." };
  } catch (e) {
    return fail(e);
  }
}
