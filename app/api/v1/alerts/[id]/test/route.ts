import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { sendTestAlert } from "@/lib/alerts/mutations";
import { getAlertRule } from "@/lib/alerts/queries";

type Ctx = { params: Promise<{ id: string }> };

/** Posts a clearly marked test message to the rule's webhook: `delivered` and what the receiver answered. */
export async function POST(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "alerts:manage");
    const rule = await getAlertRule(actor.workspaceId, (await ctx.params).id);
    assertKeyEnvironment(actor, rule.environment);
    const r = await sendTestAlert(actor, rule.id);
    return NextResponse.json({ delivered: r.ok, response: r.response });
  } catch (e) {
    return toErrorResponse(e);
  }
}
