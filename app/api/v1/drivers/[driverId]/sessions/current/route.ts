import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { getCurrentSessions } from '@/lib/drivers/get-current-sessions';

/** The driver's open requests and sessions (waiting, approved, charging), newest first. */
export const GET = withAuth(
  async ({ db, user, params }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return { items: await getCurrentSessions(db, { driverId: driver.id }) };
  },
  { params: ZDriverParams },
);
