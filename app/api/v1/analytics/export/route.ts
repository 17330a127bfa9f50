import { ApiError } from '@/lib/api/api-error';
import { withAuth } from '@/lib/api/with-auth';
import { resolveAnalyticsRange } from '@/lib/analytics/analytics-range';
import { getAnalytics } from '@/lib/analytics/get-analytics';
import { toAnalyticsCsv, ZAnalyticsExportQuery } from '@/lib/analytics/to-analytics-csv';

/** One analytics chart's numbers as a CSV download. */
export const GET = withAuth(
  async ({ db, query }) => {
    const range = resolveAnalyticsRange(query);
    if (!range) throw new ApiError('bad_request', '`from` must be before `to`, at most 366 days');
    const csv = toAnalyticsCsv(await getAnalytics(db, range), query.kind);
    const name = `chargedeck-${query.kind}-${range.from.toISOString().slice(0, 10)}-${range.to.toISOString().slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  },
  { role: 'operator', query: ZAnalyticsExportQuery },
);
