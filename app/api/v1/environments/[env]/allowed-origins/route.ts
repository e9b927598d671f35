import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { authorizeApi } from "@/lib/auth/api";
import { envParam } from "@/lib/api/params";
import { allowedOriginsInput } from "@/lib/settings/allowed-origins";
import { saveAllowedOrigins } from "@/lib/settings/mutations";
import { settingsView } from "@/lib/settings/queries";

type Ctx = { params: Promise<{ env: string }> };

/** The sites whose pages may send events with the environment's public key (empty: any). */
export async function GET(req: NextRequest, ctx: Ctx) {
  try {
    const env = envParam((await ctx.params).env);
    const actor = await authorizeApi(req, "settings:view", { environment: env });
    const e = (await settingsView(actor.workspaceId)).environments.find((x) => x.name === env)!;
    return NextResponse.json({ environment: env, origins: e.allowedOrigins, refusedEvents: e.refusedEvents, lastRefusedOrigin: e.lastRefusedOrigin });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Replaces the list (`{ "origins": [] }` allows any site again); effective within 2 s on every instance. */
export async function PUT(req: NextRequest, ctx: Ctx) {
  try {
    const env = envParam((await ctx.params).env);
    const actor = await authorizeApi(req, "settings:edit", { environment: env });
    const { origins } = z.strictObject({ origins: allowedOriginsInput }).parse(await readJson(req));
    return NextResponse.json({ environment: env, origins: await saveAllowedOrigins(actor, env, origins) });
  } catch (e) {
    return toErrorResponse(e);
  }
}
