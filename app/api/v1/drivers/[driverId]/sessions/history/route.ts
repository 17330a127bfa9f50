import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { listSessionHistory } from '@/lib/drivers/list-session-history';
import { ZSessionHistoryQuery } from '@/lib/drivers/session-history-query';

/** Finished sessions by month (in `timeZone`), with whole-month totals; cursor-paginated. */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return listSessionHistory(db, { ...query, driverId: driver.id });
  },
  { params: ZDriverParams, query: ZSessionHistoryQuery },
);
