"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { addMember, changeMemberRole, removeMember } from "@/lib/members/mutations";
import { addMemberInput, changeRoleInput, removeMemberInput } from "@/lib/members/schemas";

const revalidate = ["/members"];

export const addMemberAction = adminAction(
  "members:manage",
  [addMemberInput],
  async (actor, input) => {
    await addMember(actor, input);
    return { message: `${input.email} can now sign in as ${input.role}.` };
  },
  { revalidate },
);

export const changeRoleAction = adminAction(
  "members:manage",
  [changeRoleInput],
  async (actor, input) => {
    await changeMemberRole(actor, input.userId, input.role);
    return { message: `Role changed to ${input.role}.` };
  },
  { revalidate },
);

export const removeMemberAction = adminAction(
  "members:manage",
  [removeMemberInput],
  async (actor, input) => {
    await removeMember(actor, input.userId);
    return { message: "Member removed." };
  },
  { revalidate },
);
