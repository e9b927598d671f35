import { db } from "@/lib/db";

/**
 * Ends every session of a person at once: their tokens carry the session version they were issued
 * at, and currentMember() refuses a token whose version is no longer the person's. Called on
 * sign-out, password change, role change and removal. Returns nothing; an unknown id is a no-op.
 */
export async function endSessions(userId: string): Promise<void> {
  await db().user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
