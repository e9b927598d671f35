import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { listAlertRules, listFirings } from "@/lib/alerts/queries";

export const dynamic = "force-dynamic";

/** The 50 latest firings, newest first (a secret key: those of its environment's rules). */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    const firings = await listFirings(actor.workspaceId);
    if (!actor.keyEnvironment) return NextResponse.json({ firings });
    const mine = new Set((await listAlertRules(actor.workspaceId)).filter((r) => r.environment === actor.keyEnvironment).map((r) => r.id));
    return NextResponse.json({ firings: firings.filter((f) => f.ruleId && mine.has(f.ruleId)) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
