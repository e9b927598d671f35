"use server";

import { adminAction } from "@/lib/actions/admin-action";
import { addMember, changeMemberRole, removeMember } from "@/lib/members/mutations";
import { addMemberInput, changeRoleInput, removeMemberInput } from "@/lib/members/schemas";

const revalidate = ["/members"];

export const addMemberAction = adminAction(
  "members:manage",
  [addMemberInput],
  async (actor, input) => {
    const { keptPassword } = await addMember(actor, input);
    return {
      message: keptPassword
        ? `${input.email} is now ${input.role} here. They already have an account in another workspace and sign in with their own password (the one typed here was not used).`
        : `${input.email} can now sign in as ${input.role} with the password you set.`,
    };
  },
  { revalidate },
);

export const changeRoleAction = adminAction(
  "members:manage",
  [changeRoleInput],
  async (actor, input) => {
    const { keysRevoked } = await changeMemberRole(actor, input.userId, input.role);
    return { message: `Role changed to ${input.role}. Their open sessions ended${keysRevoked ? `; ${keysRevoked} secret key(s) they made with more rights were revoked` : ""}.` };
  },
  { revalidate },
);

export const removeMemberAction = adminAction(
  "members:manage",
  [removeMemberInput],
  async (actor, input) => {
    const { keysRevoked } = await removeMember(actor, input.userId);
    return { message: `Member removed; their sessions ended${keysRevoked ? ` and ${keysRevoked} secret key(s) they made were revoked` : ""}.` };
  },
  { revalidate },
);
