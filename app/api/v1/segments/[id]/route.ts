import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { deleteSegment, updateSegment } from "@/lib/segments/mutations";
import { segmentInput } from "@/lib/segments/schemas";

type Ctx = { params: Promise<{ id: string }> };

export async function PUT(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    return NextResponse.json(await updateSegment(actor, (await ctx.params).id, segmentInput.parse(await readJson(req))));
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
