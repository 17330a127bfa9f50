import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { ZWhatIfRequest } from '@/lib/smart-charging/load-management/load-management-schemas';
import { whatIfSiteLimit } from '@/lib/smart-charging/load-management/what-if';

/** The allocation a limit would give, for the site's sessions or hypothetical ones; sends nothing. */
export const POST = withAuth(
  async ({ db, params, body }) => {
    const allocation = await whatIfSiteLimit(db, { siteId: params.id, ...body });
    if (!allocation) throw new ApiError('not_found', 'Site not found');
    return allocation;
  },
  { role: 'operator', params: ZIdParams, body: ZWhatIfRequest },
);
