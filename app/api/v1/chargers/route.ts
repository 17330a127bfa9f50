import { withAuth } from '@/lib/api/with-auth';
import { listPublicChargers } from '@/lib/stations/list-public-chargers';

/** Public: chargers by site with live connector status, as on the home page. */
export const GET = withAuth(async ({ db }) => ({ sites: await listPublicChargers(db) }), {
  public: true,
});
