import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { toErrorResponse } from "@/lib/api/errors";
import { requirePermission } from "@/lib/auth/session";
import { publishWorkspaceEnvironment } from "@/lib/campaigns/mutations";

export async function POST(_req: NextRequest, ctx: { params: Promise<{ env: string }> }) {
  try {
    const member = await requirePermission("campaigns:publish");
    const env = z.enum(["staging", "production"]).parse((await ctx.params).env);
    const r = await publishWorkspaceEnvironment({ workspaceId: member.workspaceId, environment: env, actorId: member.userId });
    return NextResponse.json({ environment: env, revision: r.revision });
  } catch (e) {
    return toErrorResponse(e);
  }
}
