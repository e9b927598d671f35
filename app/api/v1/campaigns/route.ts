import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { createCampaign } from "@/lib/campaigns/mutations";
import { listCampaignViews } from "@/lib/campaigns/queries";
import { campaignInput } from "@/lib/campaigns/schemas";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    return NextResponse.json({ campaigns: await listCampaignViews(actor.workspaceId) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    const input = campaignInput.parse(await readJson(req));
    return NextResponse.json(await createCampaign(actor, input), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
