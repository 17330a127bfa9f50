import { and, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';

/** How many of the driver's notifications are unread (the badge number). */
export async function countUnread(db: Executor, options: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, options.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
