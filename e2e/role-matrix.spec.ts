// The permission matrix, generated: every management route is called as each role and as a
// stranger, and the answer is checked against the one declared table (lib/auth/permissions.ts).
// A route file that is not in the table below fails the first test, so new routes cannot skip it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, request as pwRequest, test } from "@playwright/test";
import { PERMISSIONS, roleRank, type Permission, type Role } from "../lib/auth/permissions";
import { login } from "./fixtures";
import type { UserName } from "./users";

interface Probe {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** the route file's path pattern, and the concrete path called */
  route: string;
  path: string;
  permission: Permission;
  /** a body that does nothing harmful once the caller is let in (it fails validation or finds nothing) */
  body?: unknown;
}

const PROBES: Probe[] = [
  { method: "GET", route: "/api/v1/campaigns", path: "/api/v1/campaigns", permission: "campaigns:view" },
  { method: "POST", route: "/api/v1/campaigns", path: "/api/v1/campaigns", permission: "campaigns:edit", body: {} },
  { method: "GET", route: "/api/v1/campaigns/[id]", path: "/api/v1/campaigns/matrix-none", permission: "campaigns:view" },
  { method: "PATCH", route: "/api/v1/campaigns/[id]", path: "/api/v1/campaigns/matrix-none", permission: "campaigns:edit", body: { status: "paused" } },
  { method: "DELETE", route: "/api/v1/campaigns/[id]", path: "/api/v1/campaigns/matrix-none", permission: "campaigns:edit" },
  { method: "GET", route: "/api/v1/triggers", path: "/api/v1/triggers", permission: "campaigns:view" },
  { method: "POST", route: "/api/v1/triggers", path: "/api/v1/triggers", permission: "campaigns:edit", body: {} },
  { method: "GET", route: "/api/v1/segments", path: "/api/v1/segments", permission: "campaigns:view" },
  { method: "POST", route: "/api/v1/segments", path: "/api/v1/segments", permission: "campaigns:edit", body: {} },
  { method: "PUT", route: "/api/v1/segments/[id]", path: "/api/v1/segments/matrix-none", permission: "campaigns:edit", body: {} },
  { method: "DELETE", route: "/api/v1/segments/[id]", path: "/api/v1/segments/matrix-none", permission: "campaigns:edit" },
  { method: "GET", route: "/api/v1/environments/[env]/revisions", path: "/api/v1/environments/production/revisions", permission: "campaigns:view" },
  { method: "POST", route: "/api/v1/environments/[env]/publish", path: "/api/v1/environments/staging/publish", permission: "publish:staging" },
  { method: "POST", route: "/api/v1/environments/[env]/publish", path: "/api/v1/environments/production/publish", permission: "publish:production" },
  { method: "POST", route: "/api/v1/environments/[env]/rollback", path: "/api/v1/environments/staging/rollback", permission: "publish:staging", body: { revision: 999_999 } },
  { method: "POST", route: "/api/v1/environments/[env]/rollback", path: "/api/v1/environments/production/rollback", permission: "publish:production", body: { revision: 999_999 } },
  { method: "POST", route: "/api/v1/environments/[env]/promote", path: "/api/v1/environments/production/promote", permission: "publish:production" },
  { method: "GET", route: "/api/v1/stats", path: "/api/v1/stats", permission: "reports:view" },
  { method: "GET", route: "/api/v1/stats/summary", path: "/api/v1/stats/summary", permission: "reports:view" },
  { method: "GET", route: "/api/stats/live", path: "/api/stats/live", permission: "dashboard:view" },
  { method: "GET", route: "/api/v1/alerts", path: "/api/v1/alerts", permission: "campaigns:view" },
  { method: "POST", route: "/api/v1/alerts", path: "/api/v1/alerts", permission: "alerts:manage", body: {} },
  { method: "GET", route: "/api/v1/alerts/firings", path: "/api/v1/alerts/firings", permission: "campaigns:view" },
  { method: "GET", route: "/api/v1/alerts/[id]", path: "/api/v1/alerts/matrix-none", permission: "campaigns:view" },
  { method: "PUT", route: "/api/v1/alerts/[id]", path: "/api/v1/alerts/matrix-none", permission: "alerts:manage", body: {} },
  { method: "PATCH", route: "/api/v1/alerts/[id]", path: "/api/v1/alerts/matrix-none", permission: "alerts:manage", body: { enabled: false } },
  { method: "DELETE", route: "/api/v1/alerts/[id]", path: "/api/v1/alerts/matrix-none", permission: "alerts:manage" },
  { method: "POST", route: "/api/v1/alerts/[id]/test", path: "/api/v1/alerts/matrix-none/test", permission: "alerts:manage" },
  { method: "GET", route: "/api/v1/members", path: "/api/v1/members", permission: "members:view" },
  { method: "POST", route: "/api/v1/members", path: "/api/v1/members", permission: "members:manage", body: {} },
  { method: "PATCH", route: "/api/v1/members/[userId]", path: "/api/v1/members/matrix-none", permission: "members:manage", body: { role: "viewer" } },
  { method: "DELETE", route: "/api/v1/members/[userId]", path: "/api/v1/members/matrix-none", permission: "members:manage" },
  { method: "GET", route: "/api/v1/keys", path: "/api/v1/keys", permission: "keys:manage" },
  { method: "POST", route: "/api/v1/keys", path: "/api/v1/keys", permission: "keys:manage", body: {} },
  { method: "DELETE", route: "/api/v1/keys/[id]", path: "/api/v1/keys/matrix-none", permission: "keys:manage" },
  { method: "GET", route: "/api/v1/environments/[env]/allowed-origins", path: "/api/v1/environments/production/allowed-origins", permission: "settings:view" },
  { method: "PUT", route: "/api/v1/environments/[env]/allowed-origins", path: "/api/v1/environments/production/allowed-origins", permission: "settings:edit", body: {} },
];
// Routes anyone may call, on purpose.
const PUBLIC = new Set(["/api/auth/[...nextauth]", "/api/demo/checkout", "/api/demo/search", "/api/health", "/api/v1/openapi.json", "/api/v1/rules.schema.json", "/api/v1/rules.cases.json"]);
const MEMBERS: Record<Role, UserName> = { viewer: "matrixViewer", editor: "matrixEditor", admin: "matrixAdmin", owner: "matrixOwner" };

function routeFiles(dir = "app/api"): { route: string; methods: string[] }[] {
  const out: { route: string; methods: string[] }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...routeFiles(full));
    else if (name === "route.ts") {
      const src = readFileSync(full, "utf8");
      const methods = [...src.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      out.push({ route: "/" + path.dirname(full).replace(/^app\//, ""), methods });
    }
  }
  return out;
}

test("every management route and method is in the matrix; the rest are public on purpose", () => {
  for (const f of routeFiles()) {
    if (PUBLIC.has(f.route)) continue;
    for (const m of f.methods) {
      expect(PROBES.some((p) => p.route === f.route && p.method === m), `${m} ${f.route} is missing from the role matrix`).toBe(true);
    }
  }
});

for (const role of [...(Object.keys(MEMBERS) as Role[]), "stranger" as const]) {
  test(`as ${role === "stranger" ? "a stranger" : `a ${role}`}, every route allows or denies exactly as the permission table says`, async ({ baseURL }) => {
    const ctx = await pwRequest.newContext({ baseURL });
    if (role !== "stranger") await login({ request: ctx }, MEMBERS[role]);
    const wrong: string[] = [];
    for (const p of PROBES) {
      const res = await ctx.fetch(p.path, { method: p.method, data: p.body });
      const status = res.status();
      const expected = role === "stranger" ? "401" : roleRank(role) >= roleRank(PERMISSIONS[p.permission]) ? "allowed" : "403";
      const got = status === 401 ? "401" : status === 403 ? "403" : status >= 500 ? `error ${status}` : "allowed";
      if (got !== expected) wrong.push(`${p.method} ${p.path} (${p.permission}): expected ${expected}, got ${status} ${await res.text()}`);
    }
    await ctx.dispose();
    expect(wrong).toEqual([]);
  });
}

test("every server action checks the caller's permission before anything else", () => {
  // Server actions are reached with an opaque id, not a path. Each is built by adminAction()
  // (lib/actions/admin-action.ts), which asks requirePermission() before parsing or doing
  // anything; a plain exported function would bypass it, so none may exist in these files.
  const files = [
    ...["alerts", "campaigns", "members", "segments", "settings", "triggers", "workspaces", "install", "sample-data"].map((d) => `app/(admin)/${d}/actions.ts`),
    "app/(admin)/campaigns/editor-actions.ts",
    "app/(admin)/campaigns/simulate/simulate-action.ts",
  ];
  const wrapper = readFileSync("lib/actions/admin-action.ts", "utf8");
  expect(/const member = await requirePermission\(/.exec(wrapper.slice(wrapper.indexOf("return async")))?.index, "adminAction asks requirePermission first").toBeDefined();
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    expect(src, `${file}: no action may be a plain exported function`).not.toMatch(/export (async )?function/);
    const actions = [...src.matchAll(/export const (\w+) = ([\s\S]*?)\(\s*("[\w:]+"|\w+)/g)];
    expect(actions.length, file).toBeGreaterThan(0);
    for (const [, name, builder, permission] of actions) {
      expect(builder.trim(), `${file}: ${name} is built by adminAction`).toBe("adminAction");
      // a literal from the table, or publishPermissionOf, which maps to publish:staging / publish:production
      const declared = permission.startsWith('"') ? JSON.parse(permission) in PERMISSIONS : permission === "publishPermissionOf";
      expect(declared, `${file}: ${name} asks for a declared permission`).toBe(true);
    }
  }
});
