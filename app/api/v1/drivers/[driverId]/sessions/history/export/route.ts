import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { withAuth } from '@/lib/api/with-auth';
import { exportSessionHistoryCsv } from '@/lib/drivers/export-session-history-csv';
import { ZSessionHistoryFilters } from '@/lib/drivers/session-history-query';

/** The whole filtered history as a CSV download, named after today's date. */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const csv = await exportSessionHistoryCsv(db, { ...query, driverId: driver.id });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="chargedeck-sessions-${day}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { params: ZDriverParams, query: ZSessionHistoryFilters },
);
