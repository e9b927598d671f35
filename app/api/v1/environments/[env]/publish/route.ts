import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { envParam } from "@/lib/api/params";
import { authorizeApi } from "@/lib/auth/api";
import { publishPermission } from "@/lib/auth/permissions";
import { publish } from "@/lib/publishing/publish";

export async function POST(req: NextRequest, ctx: { params: Promise<{ env: string }> }) {
  try {
    const env = envParam((await ctx.params).env);
    const actor = await authorizeApi(req, publishPermission(env), { environment: env });
    const r = await publish(actor, env);
    return NextResponse.json({ environment: env, revision: r.revision, created: r.created, diff: r.diff });
  } catch (e) {
    return toErrorResponse(e);
  }
}
