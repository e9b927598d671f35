import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { createTrigger } from "@/lib/campaigns/triggers";
import { listTriggers } from "@/lib/campaigns/queries";
import { triggerInput } from "@/lib/campaigns/schemas";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    return NextResponse.json({ triggers: await listTriggers(actor.workspaceId) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:edit");
    const input = triggerInput.parse(await readJson(req));
    return NextResponse.json(await createTrigger(actor, input), { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
