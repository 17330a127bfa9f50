import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { ZSiteLoadHistoryQuery } from '@/lib/smart-charging/load-management/load-management-schemas';
import { getSiteLoadHistory } from '@/lib/smart-charging/load-management/site-load-history';

/** Measured and granted power per minute against the limit, for the live chart. */
export const GET = withAuth(
  async ({ db, params, query }) => {
    const history = await getSiteLoadHistory(db, { siteId: params.id, minutes: query.minutes });
    if (!history) throw new ApiError('not_found', 'Site not found');
    return history;
  },
  { role: 'operator', params: ZIdParams, query: ZSiteLoadHistoryQuery },
);
