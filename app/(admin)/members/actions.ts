"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { addMember, changeMemberRole, removeMember } from "@/lib/members/mutations";
import { addMemberInput, changeRoleInput, removeMemberInput } from "@/lib/members/schemas";
import { ZodError } from "zod";

export type MemberActionResult = { ok: true; message: string } | { ok: false; error: string; field?: string };

function fail(e: unknown): MemberActionResult {
  if (e instanceof ZodError) {
    const i = e.issues[0];
    return { ok: false, error: i.message, field: i.path.join(".") };
  }
  return { ok: false, error: e instanceof Error ? e.message : "Something went wrong", field: (e as { field?: string }).field };
}

export async function addMemberAction(raw: unknown): Promise<MemberActionResult> {
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

export async function changeRoleAction(raw: unknown): Promise<MemberActionResult> {
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

export async function removeMemberAction(raw: unknown): Promise<MemberActionResult> {
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
