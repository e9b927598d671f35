import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { envParam } from "@/lib/api/params";
import { authorizeApi } from "@/lib/auth/api";
import { publishPermission } from "@/lib/auth/permissions";
import { rollback } from "@/lib/publishing/publish";

const body = z.object({ revision: z.number().int().min(1) });

export async function POST(req: NextRequest, ctx: { params: Promise<{ env: string }> }) {
  try {
    const env = envParam((await ctx.params).env);
    const actor = await authorizeApi(req, publishPermission(env), { environment: env });
    const { revision } = body.parse(await readJson(req));
    const r = await rollback(actor, env, revision);
    return NextResponse.json({ environment: env, revision: r.revision, restored: revision, created: r.created, diff: r.diff });
  } catch (e) {
    return toErrorResponse(e);
  }
}
