// Server actions, called the way a browser calls them (POST with the action's id), as each role
// of Matrix Co and as a stranger; the answer is checked against the permission table. Every
// action in the build's manifest must be declared below. Arguments are chosen so that an allowed
// caller does nothing that matters (they fail validation, find nothing, or touch Matrix Co only).
import { readFileSync } from "node:fs";
import { expect, request as pwRequest, test } from "@playwright/test";
import { PERMISSIONS, roleRank, type Permission, type Role } from "../lib/auth/permissions";
import { login } from "./fixtures";
import type { UserName } from "./users";

const ACTIONS: Record<string, { permission: Permission; args: unknown[] }[]> = {
  setStatusAction: [{ permission: "campaigns:edit", args: ["matrix-none", "paused"] }],
  bulkStatusAction: [{ permission: "campaigns:edit", args: [[], "paused"] }],
  deleteAction: [{ permission: "campaigns:edit", args: ["matrix-none"] }],
  duplicateAction: [{ permission: "campaigns:edit", args: ["matrix-none"] }],
  saveCampaignAction: [{ permission: "campaigns:edit", args: [null, {}] }],
  simulateAction: [{ permission: "campaigns:view", args: [{}] }],
  previewPublishAction: [
    { permission: "publish:staging", args: ["staging"] },
    { permission: "publish:production", args: ["production"] },
  ],
  publishAction: [
    { permission: "publish:staging", args: ["staging"] },
    { permission: "publish:production", args: ["production"] },
  ],
  rollbackAction: [
    { permission: "publish:staging", args: ["staging", 999_999] },
    { permission: "publish:production", args: ["production", 999_999] },
  ],
  promoteAction: [{ permission: "publish:production", args: [] }],
  compareRevisionsAction: [{ permission: "campaigns:view", args: ["staging", 999_998, 999_999] }],
  previewRollbackAction: [
    { permission: "publish:staging", args: ["staging", 999_999] },
    { permission: "publish:production", args: ["production", 999_999] },
  ],
  previewPromoteAction: [{ permission: "publish:production", args: [] }],
  saveTriggerAction: [{ permission: "campaigns:edit", args: ["matrix-none", {}, ""] }],
  deleteTriggerAction: [{ permission: "campaigns:edit", args: ["matrix-none"] }],
  switchWorkspaceAction: [{ permission: "dashboard:view", args: ["matrix-none"] }],
  createWorkspaceAction: [{ permission: "workspaces:create", args: [{}] }],
  saveSegmentAction: [{ permission: "campaigns:edit", args: [null, {}] }],
  deleteSegmentAction: [{ permission: "campaigns:edit", args: ["matrix-none"] }],
  estimateSegmentAction: [{ permission: "campaigns:view", args: [{ op: "and", groups: [] }] }],
  saveAlertRuleAction: [{ permission: "alerts:manage", args: [null, {}] }],
  toggleAlertRuleAction: [{ permission: "alerts:manage", args: ["matrix-none", true] }],
  deleteAlertRuleAction: [{ permission: "alerts:manage", args: ["matrix-none"] }],
  testAlertRuleAction: [{ permission: "alerts:manage", args: ["matrix-none"] }],
  addMemberAction: [{ permission: "members:manage", args: [{}] }],
  changeRoleAction: [{ permission: "members:manage", args: [{}] }],
  removeMemberAction: [{ permission: "members:manage", args: [{}] }],
  createKeyAction: [{ permission: "keys:manage", args: [{}] }],
  revokeKeyAction: [{ permission: "keys:manage", args: ["matrix-none"] }],
  rotatePublicKeyAction: [{ permission: "keys:manage", args: ["not-an-environment"] }],
  saveDefaultsAction: [{ permission: "settings:edit", args: [{ defaults: "not a map" }] }],
  saveAllowedOriginsAction: [{ permission: "settings:edit", args: ["not-an-environment", []] }],
  installCheckAction: [{ permission: "campaigns:view", args: [] }],
  // Matrix Co is no demo: loading is refused (403 from the domain, not the role) and clearing finds nothing
  loadSampleDataAction: [{ permission: "settings:edit", args: [] }],
  clearSampleDataAction: [{ permission: "settings:edit", args: [] }],
  saveCapsAction: [{ permission: "settings:edit", args: [{ minGapSeconds: -1 }] }],
};
const MEMBERS: Record<Role, UserName> = { viewer: "matrixViewer", editor: "matrixEditor", admin: "matrixAdmin", owner: "matrixOwner" };

interface ManifestEntry {
  workers: Record<string, unknown>;
  exportedName: string;
  filename: string;
}
function manifest(): { id: string; name: string; page: string }[] {
  const m = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(m.node).map(([id, e]) => {
    // "app/(admin)/campaigns/[id]/page" → "/campaigns/matrix-none"
    const worker = Object.keys(e.workers)[0];
    const page = "/" + worker.replace(/^app\//, "").replace(/\([^)]*\)\//g, "").replace(/\/?page$/, "").replace(/\[[^\]]+\]/g, "matrix-none");
    return { id, name: e.exportedName, page };
  });
}

test("every server action in the build is declared in the action matrix", () => {
  const names = new Set(manifest().map((a) => a.name));
  expect([...names].filter((n) => !(n in ACTIONS)), "actions missing from the matrix").toEqual([]);
  expect(Object.keys(ACTIONS).filter((n) => !names.has(n)), "declared actions the build does not have").toEqual([]);
});

for (const role of [...(Object.keys(MEMBERS) as Role[]), "stranger" as const]) {
  test(`server actions called as ${role === "stranger" ? "a stranger" : `a ${role}`} allow or deny exactly as the permission table says`, async ({ baseURL }) => {
    const ctx = await pwRequest.newContext({ baseURL });
    if (role !== "stranger") await login({ request: ctx }, MEMBERS[role]);
    const wrong: string[] = [];
    for (const a of manifest()) {
      for (const probe of ACTIONS[a.name] ?? []) {
        const res = await ctx.post(a.page, {
          headers: { "Next-Action": a.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL! },
          data: JSON.stringify(probe.args),
        });
        const text = await res.text();
        const got = /Sign in first\./.test(text) ? "401" : /Your role \(\w+\) does not allow this/.test(text) ? "403" : res.status() >= 500 ? `error ${res.status()}` : "allowed";
        const expected = role === "stranger" ? "401" : roleRank(role) >= roleRank(PERMISSIONS[probe.permission]) ? "allowed" : "403";
        if (got !== expected) wrong.push(`${a.name}(${JSON.stringify(probe.args)}) on ${a.page}: expected ${expected}, got ${got}: ${text.slice(0, 200)}`);
      }
    }
    await ctx.dispose();
    expect(wrong).toEqual([]);
  });
}

test("a server action posted from another site is refused, however valid the session: the same call from our origin works", async ({ baseURL }) => {
  const ctx = await pwRequest.newContext({ baseURL });
  await login({ request: ctx }, "matrixOwner");
  // the session cookie a browser holds: not readable by scripts, not sent on cross-site POSTs
  const cookie = (await ctx.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  const save = manifest().find((a) => a.name === "saveSegmentAction")!;
  const conditions = { op: "and", groups: [{ op: "and", conditions: [{ attr: "plan", type: "string", op: "eq", value: "pro" }] }] };
  const call = (origin: string, name: string) =>
    ctx.post(save.page, {
      headers: { "Next-Action": save.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
      data: JSON.stringify([null, { name, conditions }]),
    });
  const foreign = await call("https://attacker.example", "Cross-site segment");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  const ours = await call(baseURL!, "Same-site segment");
  expect(await ours.text()).toContain("Saved segment “Same-site segment”.");

  const { segments } = (await (await ctx.get("/api/v1/segments")).json()) as { segments: { id: string; name: string }[] };
  const names = segments.map((s) => s.name);
  expect(names).toContain("Same-site segment");
  expect(names).not.toContain("Cross-site segment");
  // leave Matrix Co as it was for the role matrix
  const made = segments.find((s) => s.name === "Same-site segment")!;
  expect((await ctx.delete(`/api/v1/segments/${made.id}`, { headers: { Origin: baseURL! } })).status()).toBe(204);
  await ctx.dispose();
});
