import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { ZDriverAlertsQuery } from '@/lib/alerts/alert-requests';
import { listAlertsInEffect } from '@/lib/alerts/list-alerts-in-effect';

/**
 * The alerts in effect for the driver: global ones, those for the sites and stations of their
 * favorites and open sessions, and those for the site or station they are looking at.
 */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const items = await listAlertsInEffect(db, {
      userId: driver.id,
      siteIds: query.siteId ? [query.siteId] : [],
      stationIds: query.stationId ? [query.stationId] : [],
    });
    return { items };
  },
  { params: ZDriverParams, query: ZDriverAlertsQuery },
);
