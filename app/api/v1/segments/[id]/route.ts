import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { etag, ifMatchVersion } from "@/lib/api/if-match";
import { deleteSegment, updateSegment } from "@/lib/segments/mutations";
import { segmentInput } from "@/lib/segments/schemas";

type Ctx = { params: Promise<{ id: string }> };

export async function PUT(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    // If-Match (the ETag a GET or an earlier write gave) refuses to overwrite a newer version: 412
    const s = await updateSegment(actor, (await ctx.params).id, segmentInput.parse(await readJson(req)), ifMatchVersion(req));
    return NextResponse.json(s, { headers: etag(s.updatedAt) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    await deleteSegment(actor, (await ctx.params).id);
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
