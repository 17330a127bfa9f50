import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { getSessionDetail, type TSessionDetail } from '@/lib/sessions/get-session-detail';

/** Requests and sessions still in play: waiting, approved, or charging. */
export const OPEN_SESSION_STATUSES = ['PENDING', 'APPROVED', 'CHARGING'] as const;

/**
 * The driver's open sessions, newest first, each in full (live cost, meter curve, queue place),
 * so the current-session page and the API show the same thing.
 */
export async function getCurrentSessions(
  db: Executor,
  options: { driverId: string; now?: Date },
): Promise<TSessionDetail[]> {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, options.driverId),
        inArray(sessions.status, [...OPEN_SESSION_STATUSES]),
      ),
    )
    .orderBy(desc(sessions.createdAt), desc(sessions.id));
  const viewer = { id: options.driverId, role: 'driver' as const };
  const details = await Promise.all(
    rows.map((row) =>
      getSessionDetail(db, { id: row.id, viewer, ...(options.now ? { now: options.now } : {}) }),
    ),
  );
  return details.filter((detail): detail is TSessionDetail => detail !== null);
}
