import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';

/**
 * The session's id when it belongs to the driver, else null: an operator acting for one driver
 * cannot reach another's session through that driver's path.
 */
export async function findDriverSessionId(
  db: Executor,
  options: { driverId: string; sessionId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, options.sessionId), eq(sessions.userId, options.driverId)));
  return row?.id ?? null;
}
