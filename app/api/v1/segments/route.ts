import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { createSegment } from "@/lib/segments/mutations";
import { listSegments } from "@/lib/segments/queries";
import { segmentInput } from "@/lib/segments/schemas";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    return NextResponse.json({ segments: await listSegments(actor.workspaceId) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    return NextResponse.json(await createSegment(actor, segmentInput.parse(await readJson(req))), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
