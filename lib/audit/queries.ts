import { z } from "zod";
import { db } from "@/lib/db";

export const auditQuery = z.object({
  action: z.string().max(60).optional().or(z.literal("").transform(() => undefined)),
  target: z
    .enum(["campaign", "trigger", "segment", "environment", "member", "key", "settings"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const PAGE = 50;

export async function listAudit(workspaceId: string, q: z.infer<typeof auditQuery>) {
  const where = {
    workspaceId,
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.target ? { targetType: q.target } : {}),
  };
  const [rows, total, actions] = await Promise.all([
    db().auditEntry.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (q.page - 1) * PAGE,
      take: PAGE,
      include: { actor: { select: { email: true } } },
    }),
    db().auditEntry.count({ where }),
    db().auditEntry.findMany({ where: { workspaceId }, distinct: ["action"], select: { action: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / PAGE)),
    actions: actions.map((a) => a.action).sort(),
    rows: rows.map((r) => {
      const data = (r.data ?? {}) as { actor?: string; before?: unknown; after?: unknown } & Record<string, unknown>;
      return {
        id: r.id,
        at: r.createdAt.toISOString(),
        actor: r.actor?.email ?? data.actor ?? "system",
        action: r.action,
        targetType: r.targetType,
        targetId: r.targetId,
        before: data.before ?? null,
        after: data.after ?? null,
        details: Object.fromEntries(Object.entries(data).filter(([k]) => !["actor", "before", "after"].includes(k))),
      };
    }),
  };
}
export type AuditRow = Awaited<ReturnType<typeof listAudit>>["rows"][number];
