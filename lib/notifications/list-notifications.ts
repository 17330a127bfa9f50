import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { notifications } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { countUnread } from './count-unread';
import { toNotification, type TNotification } from './notification-view';

export type { TNotification } from './notification-view';

/** Keyset position, newest first; the time is PostgreSQL's text (microseconds, not JS ms). */
const ZNotificationCursor = z.object({ at: z.string().min(1), id: z.uuid() });

export interface TNotificationPage extends TPage<TNotification> {
  /** All unread ones, whatever the page or filter shows. */
  unreadCount: number;
}

/**
 * The driver's notifications, newest first, optionally only unread ones. `cursor` is the
 * previous page's nextCursor (a malformed one is a 400 ApiError).
 */
export async function listNotifications(
  db: Executor,
  options: { userId: string; unread?: boolean; cursor?: string | undefined; limit?: number },
): Promise<TNotificationPage> {
  const limit = options.limit ?? 50;
  const cursor = decodeCursor(ZNotificationCursor, options.cursor);
  const [rows, unreadCount] = await Promise.all([
    db
      .select({ notification: notifications, at: sql<string>`${notifications.createdAt}::text` })
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, options.userId),
          options.unread ? isNull(notifications.readAt) : undefined,
          cursor
            ? sql`(${notifications.createdAt}, ${notifications.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit + 1),
    countUnread(db, { userId: options.userId }),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toNotification(row.notification)),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.notification.id }) : null,
    unreadCount,
  };
}
