import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { etag, ifMatchVersion } from "@/lib/api/if-match";
import { deleteCampaign, getCampaign, updateCampaign } from "@/lib/campaigns/mutations";
import { campaignPatch } from "@/lib/campaigns/schemas";

type Ctx = { params: Promise<{ id: string }> };

export async function GET(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    const c = await getCampaign(actor, (await ctx.params).id);
    return NextResponse.json(c, { headers: etag(c.updatedAt) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function PATCH(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    const patch = campaignPatch.parse(await readJson(req));
    // If-Match (the ETag a GET gave) refuses to overwrite a newer version: 412
    const c = await updateCampaign(actor, (await ctx.params).id, patch, { ifVersion: ifMatchVersion(req) });
    return NextResponse.json(c, { headers: etag(c.updatedAt) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    await deleteCampaign(actor, (await ctx.params).id);
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
