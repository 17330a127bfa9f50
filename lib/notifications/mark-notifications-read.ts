import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';

/**
 * Marks the driver's notifications read: the given ids, or all of them when none are given.
 * Ids of other drivers' notifications (or unknown ones) are simply not matched; already read
 * ones keep their first read time. Returns how many changed.
 */
export async function markNotificationsRead(
  db: Executor,
  options: { userId: string; ids?: string[] | undefined },
): Promise<{ updated: number }> {
  if (options.ids?.length === 0) return { updated: 0 };
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, options.userId),
        isNull(notifications.readAt),
        options.ids ? inArray(notifications.id, options.ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
