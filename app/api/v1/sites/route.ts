import { decodeCursor } from '@/lib/api/cursor';
import { withAuth } from '@/lib/api/with-auth';
import { createSite } from '@/lib/sites/create-site';
import { listSites, ZSiteCursor } from '@/lib/sites/list-sites';
import { ZCreateSiteRequest, ZListSitesQuery } from '@/lib/sites/site-requests';

/** Sites in name order with their station counts, searchable, cursor-paginated. */
export const GET = withAuth(
  ({ db, query }) =>
    listSites(db, {
      q: query.q || undefined,
      cursor: decodeCursor(ZSiteCursor, query.cursor),
      limit: query.limit,
    }),
  { role: 'operator', query: ZListSitesQuery },
);

export const POST = withAuth(
  async ({ db, body }) => Response.json(await createSite(db, body), { status: 201 }),
  { role: 'operator', body: ZCreateSiteRequest },
);
