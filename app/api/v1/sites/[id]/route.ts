import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { rebalanceInBackground } from '@/lib/smart-charging/load-management/rebalance-in-background';
import { withAuth } from '@/lib/api/with-auth';
import { deleteSite } from '@/lib/sites/delete-site';
import { getSite } from '@/lib/sites/get-site';
import { ZUpdateSiteRequest } from '@/lib/sites/site-requests';
import { updateSite } from '@/lib/sites/update-site';

const NOT_FOUND = 'Site not found';

export const GET = withAuth(
  async ({ db, params }) => {
    const site = await getSite(db, params.id);
    if (!site) throw new ApiError('not_found', NOT_FOUND);
    return site;
  },
  { role: 'operator', params: ZIdParams },
);

export const PATCH = withAuth(
  async ({ db, params, body }) => {
    const site = await updateSite(db, params.id, body);
    if (!site) throw new ApiError('not_found', NOT_FOUND);
    if (body.gridLimitW !== undefined) {
      rebalanceInBackground(
        { db, events: await getWebEventHub() },
        { siteId: site.id, reason: 'grid limit changed' },
      );
    }
    return site;
  },
  { role: 'operator', params: ZIdParams, body: ZUpdateSiteRequest },
);

/** Refused (409) while stations belong to the site: move or remove them first. */
export const DELETE = withAuth(
  async ({ db, params }) => {
    const result = await deleteSite(db, params.id);
    if (result === 'not_found') throw new ApiError('not_found', NOT_FOUND);
    if (result === 'has_stations') {
      throw new ApiError('conflict', 'Stations still belong to this site: move them first');
    }
    return new Response(null, { status: 204 });
  },
  { role: 'operator', params: ZIdParams },
);
