import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { requirePermission } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const member = await requirePermission("campaigns:view");
    return NextResponse.json({ campaigns: await listCampaigns(member.workspaceId) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
