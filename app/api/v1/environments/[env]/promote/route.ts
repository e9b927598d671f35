import { NextResponse, type NextRequest } from "next/server";
import { AppError, toErrorResponse } from "@/lib/api/errors";
import { envParam } from "@/lib/api/params";
import { authorizeApi } from "@/lib/auth/api";
import { promoteStaging } from "@/lib/publishing/publish";

// POST /api/v1/environments/production/promote: production gets what staging serves now.
export async function POST(req: NextRequest, ctx: { params: Promise<{ env: string }> }) {
  try {
    const env = envParam((await ctx.params).env);
    if (env !== "production") throw new AppError("Only production can be promoted to (from staging)", 404);
    const actor = await authorizeApi(req, "publish:production", { environment: "production" });
    const r = await promoteStaging(actor);
    return NextResponse.json({ environment: env, revision: r.revision, created: r.created, diff: r.diff });
  } catch (e) {
    return toErrorResponse(e);
  }
}
