import { NextResponse, type NextRequest } from "next/server";
import { readJson, toErrorResponse } from "@/lib/api/errors";
import { assertKeyEnvironment, authorizeApi } from "@/lib/auth/api";
import { createSecretKey } from "@/lib/settings/mutations";
import { settingsView } from "@/lib/settings/queries";
import { createKeyInput } from "@/lib/settings/schemas";

export const dynamic = "force-dynamic";

/** Secret keys (prefixes only, never the key), newest first; a secret key sees its environment's. */
export async function GET(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "keys:manage");
    const { environments } = await settingsView(actor.workspaceId);
    const keys = environments
      .filter((e) => !actor.keyEnvironment || e.name === actor.keyEnvironment)
      .flatMap((e) => e.keys.map((k) => ({ ...k, environment: e.name })));
    return NextResponse.json({ keys });
  } catch (e) {
    return toErrorResponse(e);
  }
}

/** Creates a key with a role no higher than the caller's. The key is in this answer and nowhere else, ever. */
export async function POST(req: NextRequest) {
  try {
    const actor = await authorizeApi(req, "keys:manage");
    const input = createKeyInput.parse(await readJson(req));
    assertKeyEnvironment(actor, input.environment);
    const k = await createSecretKey(actor, input);
    return NextResponse.json({ ...k, name: input.name, environment: input.environment, role: input.role }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return toErrorResponse(e);
  }
}
