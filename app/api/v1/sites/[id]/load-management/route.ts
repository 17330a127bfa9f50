import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getSiteLoad } from '@/lib/smart-charging/load-management/get-site-load';

/** The site's limit and what each charging session is granted and draws. */
export const GET = withAuth(
  async ({ db, params }) => {
    const load = await getSiteLoad(db, params.id);
    if (!load) throw new ApiError('not_found', 'Site not found');
    return load;
  },
  { role: 'operator', params: ZIdParams },
);
