import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { requirePermission } from "@/lib/auth/session";
import { setCampaignStatus, statusChange } from "@/lib/campaigns/mutations";

export async function PATCH(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  try {
    const member = await requirePermission("campaigns:edit");
    const { id } = await ctx.params;
    const body = statusChange.parse(await req.json().catch(() => ({})));
    const c = await setCampaignStatus({ workspaceId: member.workspaceId, campaignId: id, status: body.status, actorId: member.userId });
    return NextResponse.json({ id: c.id, status: c.status });
  } catch (e) {
    return toErrorResponse(e);
  }
}
