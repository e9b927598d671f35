import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { envParam } from "@/lib/api/params";
import { authorizeApi } from "@/lib/auth/api";
import { listRevisions } from "@/lib/publishing/publish";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ env: string }> }) {
  try {
    const env = envParam((await ctx.params).env);
    const actor = await authorizeApi(req, "campaigns:view", { environment: env });
    return NextResponse.json({ environment: env, revisions: await listRevisions(actor, env) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
