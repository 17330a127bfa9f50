import { ApiError } from '@/lib/api/api-error';
import { toCommandResult } from '@/lib/api/command-result';
import { ZIdParams } from '@/lib/api/id-params';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { withAuth } from '@/lib/api/with-auth';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { stopSession } from '@/lib/sessions/stop-session';

/**
 * Stops a session (RemoteStopTransaction). It is finalised and billed whatever the charger
 * answers; the answer comes back beside it. A driver may stop only their own (404 otherwise).
 */
export const POST = withAuth(
  async ({ db, user, params }) => {
    const { deps, commandTimeoutMs } = await sessionCommandDeps(db);
    const { sessionId, outcome } = await stopSession(deps, {
      sessionId: params.id,
      caller: user,
      commandTimeoutMs,
    });
    const session = await getSessionDetail(db, { id: sessionId, viewer: user });
    if (!session) throw new ApiError('not_found', 'Session not found');
    return { session, command: outcome ? toCommandResult(outcome) : null };
  },
  { params: ZIdParams },
);
