import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { revokeSecretKey } from "@/lib/settings/mutations";
import { settingsView } from "@/lib/settings/queries";

type Ctx = { params: Promise<{ id: string }> };

/** Revokes a key at once (it keeps its row, marked revoked, for the audit trail). */
export async function DELETE(req: NextRequest, ctx: Ctx) {
  try {
    const actor = await authorizeApi(req, "keys:manage");
    const id = (await ctx.params).id;
    const env = (await settingsView(actor.workspaceId)).environments.find((e) => e.keys.some((k) => k.id === id));
    if (!env) throw new AppError("Key not found", 404);
    assertKeyEnvironment(actor, env.name);
    await revokeSecretKey(actor, id);
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    return toErrorResponse(e);
  }
}
