import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { etag, ifMatchVersion } from "@/lib/api/if-match";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { deleteAlertRule, setAlertRuleEnabled, updateAlertRule } from "@/lib/alerts/mutations";
import { getAlertRule, redactWebhook } from "@/lib/alerts/queries";
import { alertRuleInput } from "@/lib/alerts/schemas";

type Ctx = { params: Promise<{ id: string }> };

/** The caller and the rule, refused when the caller is a key of the rule's other environment. */
async function ruleFor(req: NextRequest, ctx: Ctx, permission: Permission): Promise<[Actor, Awaited<ReturnType<typeof getAlertRule>>]> {
  const actor = await authorizeApi(req, permission);
  const rule = await getAlertRule(actor.workspaceId, (await ctx.params).id);
  assertKeyEnvironment(actor, rule.environment);
  return [actor, rule];
}

export async function GET(req: NextRequest, ctx: Ctx) {
  try {
    const [actor, r] = await ruleFor(req, ctx, "campaigns:view");
    return NextResponse.json(can(actor.role, "alerts:manage") ? r : { ...r, webhookUrl: redactWebhook(r.webhookUrl) }, { headers: etag(r.version) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Replaces the rule; If-Match (its ETag) refuses to overwrite a newer version: 412. */
export async function PUT(req: NextRequest, ctx: Ctx) {
  try {
    const [actor, rule] = await ruleFor(req, ctx, "alerts:manage");
    const input = alertRuleInput.parse(await readJson(req));
    assertKeyEnvironment(actor, input.environment);
    const r = await updateAlertRule(actor, rule.id, input, ifMatchVersion(req));
    return NextResponse.json(r, { headers: etag(r.version) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Switches the rule on or off: `{ "enabled": false }`. */
export async function PATCH(req: NextRequest, ctx: Ctx) {
  try {
    const [actor, rule] = await ruleFor(req, ctx, "alerts:manage");
    const { enabled } = z.strictObject({ enabled: z.boolean() }).parse(await readJson(req));
    const r = await setAlertRuleEnabled(actor, rule.id, enabled);
    return NextResponse.json(r, { headers: etag(r.version) });
  } catch (e) {
    return toErrorResponse(e);
  }
}

export async function DELETE(req: NextRequest, ctx: Ctx) {
  try {
    const [actor, rule] = await ruleFor(req, ctx, "alerts:manage");
    await deleteAlertRule(actor, rule.id);
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
