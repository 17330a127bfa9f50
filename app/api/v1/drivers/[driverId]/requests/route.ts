import { ApiError } from '@/lib/api/api-error';
import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { withAuth } from '@/lib/api/with-auth';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { requestCharge } from '@/lib/sessions/request-charge';
import { ZStartSessionRequest } from '@/lib/sessions/session-requests';

/**
 * A driver asks to charge: started at a free connector, queued at a busy one, or denied with
 * the reason. The request is always recorded, so the driver can follow it.
 */
export const POST = withAuth(
  async ({ db, user, params, body }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const { deps, commandTimeoutMs, approvalTimeoutS } = await sessionCommandDeps(db);
    const { sessionId } = await requestCharge(deps, {
      driver,
      requestedBy: user.id,
      request: body,
      commandTimeoutMs,
      approvalTimeoutS,
    });
    const session = await getSessionDetail(db, { id: sessionId, viewer: driver });
    if (!session) throw new ApiError('not_found', 'Request not found');
    return Response.json({ session }, { status: 201 });
  },
  { params: ZDriverParams, body: ZStartSessionRequest },
);
