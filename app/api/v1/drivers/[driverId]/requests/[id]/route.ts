import { ApiError } from '@/lib/api/api-error';
import { resolveDriver, ZDriverItemParams } from '@/lib/api/driver-params';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { withAuth } from '@/lib/api/with-auth';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { cancelChargeRequest } from '@/lib/sessions/stop-session';

/** Cancels a request that is not charging yet (PENDING, queued, or APPROVED). */
export const DELETE = withAuth(
  async ({ db, user, params }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const { deps } = await sessionCommandDeps(db);
    await cancelChargeRequest(deps, { sessionId: params.id, caller: user, driverId: driver.id });
    const session = await getSessionDetail(db, { id: params.id, viewer: user });
    if (!session) throw new ApiError('not_found', 'Request not found');
    return { session };
  },
  { params: ZDriverItemParams },
);
