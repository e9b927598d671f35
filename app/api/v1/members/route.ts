import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { addMember } from "@/lib/members/mutations";
import { listMembers } from "@/lib/members/queries";
import { addMemberInput } from "@/lib/members/schemas";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "members:view");
    return NextResponse.json({ members: await listMembers(actor.workspaceId) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/**
 * Adds a person with a role. The answer is the same whether or not the address has an account in
 * another workspace (their own name and password then stay theirs): nothing here tells who has one.
 */
export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "members:manage");
    const input = addMemberInput.parse(await readJson(req));
    const { user } = await addMember(actor, input);
    return NextResponse.json({ userId: user.id, email: input.email, role: input.role }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
