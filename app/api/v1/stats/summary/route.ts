import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { dbHandle } from "@/lib/db";
import { getWeeklySummary, weeklyQuery } from "@/lib/stats/weekly";
import { hasSampleData } from "@/lib/sample-data";

export const dynamic = "force-dynamic";

/** The weekly comparison behind /reports/weekly. */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "reports:view");
    const q = weeklyQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
    assertKeyEnvironment(actor, q.env);
    const summary = await getWeeklySummary(dbHandle().sql, actor.workspaceId, q);
    return NextResponse.json({ ...summary, sampleData: await hasSampleData(actor.workspaceId) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
