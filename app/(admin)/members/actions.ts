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
    return {
      // the same answer whether or not the address already has an account elsewhere: adding a
      // person must not tell an admin of one workspace who has accounts in others (#26)
      message: `${input.email} is now ${input.role} here. They sign in with the password you set, or with their own if they already had an account.`,
    };
  },
  { revalidate },
);

export const changeRoleAction = adminAction(
  "members:manage",
  [changeRoleInput],
  async (actor, input) => {
    const { keysRevoked } = await changeMemberRole(actor, input.userId, input.role);
    return { message: `Role changed to ${input.role}, from their next click${keysRevoked ? `; ${keysRevoked} secret key(s) they made with more rights were revoked` : ""}.` };
  },
  { revalidate },
);

export const removeMemberAction = adminAction(
  "members:manage",
  [removeMemberInput],
  async (actor, input) => {
    const { keysRevoked } = await removeMember(actor, input.userId);
    return { message: `Member removed; their access here ended${keysRevoked ? ` and ${keysRevoked} secret key(s) they made were revoked` : ""}.` };
  },
  { revalidate },
);
