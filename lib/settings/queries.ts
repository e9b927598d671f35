// Workspace settings as the Settings page reads them: token defaults, caps, keys (prefixes only).
import { db } from "@/lib/db";
import { attributeDefaults, workspaceSettings } from "@/lib/campaigns/schemas";

export async function settingsView(workspaceId: string) {
  const ws = await db().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    include: { environments: { include: { secretKeys: { orderBy: { createdAt: "desc" } } }, orderBy: { name: "asc" } } },
  });
  const makers = new Map(
    (await db().user.findMany({ where: { id: { in: ws.environments.flatMap((e) => e.secretKeys.map((k) => k.createdById ?? "")) } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  return {
    /** the settings' version (last change time): saves name it, so a stale page cannot overwrite */
    version: ws.updatedAt.toISOString(),
    defaults: Object.entries(attributeDefaults.parse(ws.attributeDefaults ?? {})).map(([attribute, fallback]) => ({ attribute, fallback })),
    minGapSeconds: Math.round(workspaceSettings.parse(ws.settings ?? {}).minGapMs / 1000),
    maxPerSession: workspaceSettings.parse(ws.settings ?? {}).maxPerSession ?? 0,
    disputeThresholdPercent: workspaceSettings.parse(ws.settings ?? {}).disputeThresholdPercent,
    environments: ws.environments.map((e) => ({
      name: e.name,
      publicKey: e.publicKey,
      allowedOrigins: e.allowedOrigins,
      refusedEvents: e.refusedEvents,
      lastRefusedOrigin: e.lastRefusedOrigin,
      keys: e.secretKeys.map((k) => ({
        id: k.id,
        name: k.name,
        role: k.role,
        prefix: k.prefix,
        createdAt: k.createdAt.toISOString(),
        /** who made it (a key dies with its maker's access: lib/members/mutations.ts) */
        createdBy: k.createdById ? (makers.get(k.createdById) ?? "a former member") : "first start",
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
      })),
    })),
  };
}

export type SettingsView = Awaited<ReturnType<typeof settingsView>>;
