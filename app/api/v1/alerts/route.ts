import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { etag } from "@/lib/api/if-match";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { can } from "@/lib/auth/permissions";
import { createAlertRule } from "@/lib/alerts/mutations";
import { listAlertRules } from "@/lib/alerts/queries";
import { alertRuleInput } from "@/lib/alerts/schemas";

export const dynamic = "force-dynamic";

/** The workspace's alert rules (a secret key: its environment's); webhook URLs whole only for editors and up. */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "campaigns:view");
    const rules = await listAlertRules(actor.workspaceId, { revealSecrets: can(actor.role, "alerts:manage") });
    return NextResponse.json({ alerts: actor.keyEnvironment ? rules.filter((r) => r.environment === actor.keyEnvironment) : rules });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "alerts:manage");
    const input = alertRuleInput.parse(await readJson(req));
    assertKeyEnvironment(actor, input.environment);
    const r = await createAlertRule(actor, input);
    return NextResponse.json(r, { status: 201, headers: etag(r.version) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
