import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const role = z.enum(ROLES);

export const addMemberInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  name: z.string().trim().min(1, "Name is required").max(100, "Name is at most 100 characters"),
  role,
  password: z
    .string()
    .min(12, "The initial password needs at least 12 characters")
    .max(200, "The initial password is at most 200 characters"),
});
export type AddMemberInput = z.infer<typeof addMemberInput>;

export const changeRoleInput = z.object({ userId: z.string().min(1).max(64), role });
export const removeMemberInput = z.object({ userId: z.string().min(1).max(64) });
