// Authorization for the management API: `Authorization: Bearer sk_…` or a signed-in session.
// Roles apply either way. Cookie-authenticated writes must come from our own pages: a cross-site
// form can POST text/plain with the cookie attached, so Origin / Sec-Fetch-Site are checked.
import "server-only";
import { db } from "@/lib/db";
import { hashSecretKey } from "@/lib/keys";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import type { EnvName } from "@/lib/environments";
import { can, type Permission } from "./permissions";
import { ForbiddenError, requirePermission, UnauthenticatedError } from "./session";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

// What a staging key may not change, and why: these are shared by both environments, so a staging
// key changing them would change production (#26, #27).
const SHARED_BY_BOTH = {
  // one draft both environments publish from
  "campaigns:edit": "campaigns, triggers and segments are shared by both environments, so changing them changes what production serves at its next publish.",
  // a member added or promoted by a staging key could publish production
  "members:manage": "members belong to the whole workspace, so adding or promoting one gives access to production too.",
} as const;

/** A secret key acts on its own environment only (a session acts on both, as its role allows). */
export function assertKeyEnvironment(actor: Actor, environment: EnvName | undefined): void {
  if (environment && actor.keyEnvironment && actor.keyEnvironment !== environment) {
    throw new ForbiddenError(`This key belongs to ${actor.keyEnvironment}: it cannot act on ${environment}. Use a ${environment} key.`);
  }
}

function assertSameOrigin(req: Request) {
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("Cross-site requests are refused", 403, undefined, "cross_site");
  }
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    // "null" (sandboxed frames, some redirects) and other unparsable origins are cross-site too
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      /* not a URL */
    }
    if (!host || originHost !== host) {
      throw new AppError("Cross-site requests are refused", 403, undefined, "cross_site");
    }
  }
}

/**
 * The caller of a management route, checked for `permission`. A secret key belongs to one
 * environment: with `opts.environment` (routes that act on one environment) a key of the other
 * environment is refused with 403, whatever its role. Errors: 401 naming what is wrong with the
 * key (malformed, a public key, unknown, revoked), 403 for the role or the environment.
 */
export async function authorizeApi(req: Request, permission: Permission, opts: { environment?: EnvName } = {}): Promise<Actor> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const token = /^Bearer\s+(\S+)$/i.exec(auth.trim())?.[1];
    if (!token) throw new UnauthenticatedError("Authorization must be `Bearer sk_…` (a secret key from Settings)");
    if (token.startsWith("pk_")) throw new UnauthenticatedError("That is a public key (pk_…): the management API needs a secret key (sk_…) from Settings");
    const m = /^sk_[A-Za-z0-9_]{20,80}$/.exec(token);
    if (!m) throw new UnauthenticatedError(`Unknown secret key ${token.slice(0, 8)}…: secret keys look like sk_ followed by 20 or more letters and digits; check it was copied whole`);
    const key = await db().secretKey.findUnique({
      where: { hash: hashSecretKey(m[0]) },
      include: { environment: true },
    });
    if (!key) throw new UnauthenticatedError(`Unknown secret key ${token.slice(0, 8)}…: no workspace has it (it may have been mistyped, or its workspace deleted)`);
    if (key.revokedAt) throw new UnauthenticatedError(`Secret key ${key.prefix}… (${key.name}) was revoked on ${key.revokedAt.toISOString().slice(0, 10)}: create a new one in Settings`);
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      await db().secretKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
    }
    const actor: Actor = {
      workspaceId: key.environment.workspaceId,
      role: key.role,
      userId: null,
      keyId: key.id,
      label: `secret key ${key.prefix}… (${key.name})`,
    };
    if (!can(actor.role, permission)) {
      throw new ForbiddenError(`This key's role (${actor.role}) does not allow this (${permission}).`);
    }
    actor.keyEnvironment = key.environment.name;
    assertKeyEnvironment(actor, opts.environment);
    // campaigns, triggers and segments are one draft both environments publish from: a staging key
    // changing them would change what production serves at its next publish or promote (#26)
    const shared = SHARED_BY_BOTH[permission as keyof typeof SHARED_BY_BOTH];
    if (shared && actor.keyEnvironment !== "production") {
      throw new ForbiddenError(`This key belongs to ${actor.keyEnvironment}: ${shared} Use a production key, or sign in.`);
    }
    return actor;
  }
  if (!SAFE.has(req.method)) assertSameOrigin(req);
  try {
    return await requirePermission(permission);
  } catch (e) {
    // a script or curl without credentials: say what the API takes, not only the app's sign-in
    if (e instanceof UnauthenticatedError) throw new UnauthenticatedError("Sign in first, or send a secret key from Settings: Authorization: Bearer sk_…");
    throw e;
  }
}
