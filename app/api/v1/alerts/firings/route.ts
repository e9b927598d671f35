import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { listFirings } from "@/lib/alerts/queries";

export const dynamic = "force-dynamic";

/** The 50 latest firings, newest first (a secret key: those of its environment's rules). */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    return NextResponse.json({ firings: await listFirings(actor.workspaceId, 50, actor.keyEnvironment) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
