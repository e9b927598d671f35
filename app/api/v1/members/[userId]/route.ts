import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { changeMemberRole, removeMember } from "@/lib/members/mutations";
import { role } from "@/lib/members/schemas";

type Ctx = { params: Promise<{ userId: string }> };

/** Changes a member's role (from their next request): `{ "role": "editor" }`; `keysRevoked` counts the keys they made with more rights. */
export async function PATCH(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "members:manage");
    const input = z.strictObject({ role }).parse(await readJson(req));
    const userId = (await ctx.params).userId;
    const { keysRevoked } = await changeMemberRole(actor, userId, input.role);
    return NextResponse.json({ userId, role: input.role, keysRevoked });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Ends the person's access to this workspace (and revokes the keys they made); their other workspaces are untouched. */
export async function DELETE(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "members:manage");
    await removeMember(actor, (await ctx.params).userId);
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
