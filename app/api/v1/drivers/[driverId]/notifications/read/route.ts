import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { countUnread } from '@/lib/notifications/count-unread';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';
import { ZMarkNotificationsReadRequest } from '@/lib/notifications/notification-requests';

/** Marks the given notifications (or all) of the driver read; answers what is left unread. */
export const POST = withAuth(
  async ({ db, user, params, body }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const { updated } = await markNotificationsRead(db, { userId: driver.id, ids: body.ids });
    return { updated, unreadCount: await countUnread(db, { userId: driver.id }) };
  },
  { params: ZDriverParams, body: ZMarkNotificationsReadRequest },
);
