import { ApiError } from '@/lib/api/api-error';
import { toCommandResult } from '@/lib/api/command-result';
import { resolveDriver, ZDriverItemParams } from '@/lib/api/driver-params';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { withAuth } from '@/lib/api/with-auth';
import { findDriverSessionId } from '@/lib/drivers/find-driver-session-id';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { stopSession } from '@/lib/sessions/stop-session';

/**
 * The driver stops their session: finalised and billed whatever the charger answers; a request
 * not charging yet is cancelled. Only a session of this driver is found (404 otherwise).
 */
export const POST = withAuth(
  async ({ db, user, params }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    const sessionId = await findDriverSessionId(db, { driverId: driver.id, sessionId: params.id });
    if (!sessionId) throw new ApiError('not_found', 'Session not found');
    const { deps, commandTimeoutMs } = await sessionCommandDeps(db);
    const { outcome } = await stopSession(deps, { sessionId, caller: user, commandTimeoutMs });
    const session = await getSessionDetail(db, {
      id: sessionId,
      viewer: { id: driver.id, role: 'driver' },
    });
    if (!session) throw new ApiError('not_found', 'Session not found');
    return { session, command: outcome ? toCommandResult(outcome) : null };
  },
  { params: ZDriverItemParams },
);
