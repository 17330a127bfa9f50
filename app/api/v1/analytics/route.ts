import { ApiError } from '@/lib/api/api-error';
import { withAuth } from '@/lib/api/with-auth';
import { resolveAnalyticsRange, ZAnalyticsQuery } from '@/lib/analytics/analytics-range';
import { getAnalytics } from '@/lib/analytics/get-analytics';

/** Every analytics KPI for a range (default the last 30 days) and optionally one site. */
export const GET = withAuth(
  async ({ db, query }) => {
    const range = resolveAnalyticsRange(query);
    if (!range) throw new ApiError('bad_request', '`from` must be before `to`, at most 366 days');
    return getAnalytics(db, range);
  },
  { role: 'operator', query: ZAnalyticsQuery },
);
