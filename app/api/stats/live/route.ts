import { NextResponse, type NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/session";
import { toErrorResponse } from "@/lib/api/errors";
import { getLiveStats, liveQuery } from "@/lib/stats/live";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    const member = await requirePermission("dashboard:view");
    const q = liveQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
    const stats = await getLiveStats({ workspaceId: member.workspaceId, env: q.env, minutes: q.minutes });
    return NextResponse.json(stats, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
