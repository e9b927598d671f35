// Authorization for the management API: `Authorization: Bearer sk_…` or a signed-in session.
// Roles apply either way. Cookie-authenticated writes must come from our own pages: a cross-site
// form can POST text/plain with the cookie attached, so Origin / Sec-Fetch-Site are checked.
import "server-only";
import { db } from "@/lib/db";
import { hashSecretKey } from "@/lib/keys";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { ForbiddenError, requirePermission, UnauthenticatedError } from "./session";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function assertSameOrigin(req: Request) {
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new AppError("Cross-site requests are refused", 403, undefined, "cross_site");
  }
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    if (!host || new URL(origin).host !== host) {
      throw new AppError("Cross-site requests are refused", 403, undefined, "cross_site");
    }
  }
}

export async function authorizeApi(req: Request, permission: Permission): Promise<Actor> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(sk_[A-Za-z0-9_]{20,80})$/.exec(auth.trim());
    if (!m) throw new UnauthenticatedError("Authorization must be `Bearer sk_…`");
    const key = await db().secretKey.findUnique({
      where: { hash: hashSecretKey(m[1]) },
      include: { environment: true },
    });
    if (!key || key.revokedAt) throw new UnauthenticatedError("Unknown or revoked secret key");
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
    return actor;
  }
  if (!SAFE.has(req.method)) assertSameOrigin(req);
  return requirePermission(permission);
}
