import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { ZListNotificationsQuery } from '@/lib/notifications/notification-requests';

/** The driver's notifications, newest first, with the unread count. */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return listNotifications(db, {
      userId: driver.id,
      unread: query.unread ?? false,
      cursor: query.cursor,
      limit: query.limit,
    });
  },
  { params: ZDriverParams, query: ZListNotificationsQuery },
);
