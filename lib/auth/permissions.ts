// One declared permission table: which role may do what. Pages, server actions and API routes
// all ask `can()`; nothing else decides access.
export const ROLES = ["viewer", "editor", "admin", "owner"] as const;
import type { EnvName } from "@/lib/environments";
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "dashboard:view": "viewer",
  "reports:view": "viewer",
  "alerts:manage": "editor",
  "campaigns:view": "viewer",
  "campaigns:edit": "editor",
  "publish:staging": "editor",
  "publish:production": "admin",
  "audit:view": "viewer",
  "settings:view": "viewer",
  "settings:edit": "admin",
  "members:view": "admin",
  "members:manage": "admin",
  "keys:manage": "admin",
  "workspace:delete": "owner",
  // an owner of the current workspace starts another one (and owns it)
  "workspaces:create": "owner",
} as const satisfies Record<string, Role>;

export function publishPermission(env: EnvName): Permission {
  return env === "production" ? "publish:production" : "publish:staging";
}

export type Permission = keyof typeof PERMISSIONS;

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return roleRank(role) >= roleRank(PERMISSIONS[permission]);
}
