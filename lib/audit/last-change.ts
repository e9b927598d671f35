import { db } from "@/lib/db";

/**
 * Who changed a record last and when ("Ana at 14:05 UTC"), from the audit log, for the message a
 * stale save gets. "someone" when the log has no entry (a record seeded outside the product).
 */
export async function lastChange(targetType: string, targetId: string): Promise<string> {
  const e = await db().auditEntry.findFirst({ where: { targetType, targetId }, orderBy: { createdAt: "desc" } });
  const who = (e?.data as { actor?: string } | null)?.actor ?? "someone";
  return e ? `${who} at ${e.createdAt.toISOString().slice(11, 16)} UTC` : "someone";
}
