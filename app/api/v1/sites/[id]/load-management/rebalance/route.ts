import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { rebalanceSite } from '@/lib/smart-charging/load-management/rebalance-site';

/** Recomputes the site's shares now and sends the changed grants; answers what it did. */
export const POST = withAuth(
  async ({ db, params }) => {
    const result = await rebalanceSite(
      { db, events: await getWebEventHub() },
      { siteId: params.id, reason: 'requested', timeoutMs: webConfig().COMMAND_TIMEOUT_MS },
    );
    if (!result) throw new ApiError('not_found', 'Site not found');
    return result;
  },
  { role: 'operator', params: ZIdParams },
);
