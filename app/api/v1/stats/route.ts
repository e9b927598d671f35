import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { dbHandle } from "@/lib/db";
import { getSeries, statsQuery, toCsv } from "@/lib/stats/series";
import { hasSampleData } from "@/lib/sample-data";

export const dynamic = "force-dynamic";

/** Series from rollups; `format=csv` answers the same numbers as CSV (what the trends page exports). */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "reports:view");
    const params = Object.fromEntries(req.nextUrl.searchParams);
    const { format, ...rest } = params;
    const q = statsQuery.parse(rest);
    assertKeyEnvironment(actor, q.env);
    const result = await getSeries(dbHandle().sql, actor.workspaceId, q);
    if (format === "csv") {
      const name = `apologies-${result.env}-${result.from.slice(0, 10)}-${result.to.slice(0, 10)}-${result.interval}.csv`;
      return new NextResponse(toCsv(result), {
        headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
      });
    }
    // made-up history is labelled here too (the demo workspace's sample data)
    return NextResponse.json({ ...result, sampleData: await hasSampleData(actor.workspaceId) }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
