import { ApiError } from '@/lib/api/api-error';
import { toCommandResult } from '@/lib/api/command-result';
import { decodeCursor } from '@/lib/api/cursor';
import { sessionCommandDeps } from '@/lib/api/session-command-deps';
import { withAuth } from '@/lib/api/with-auth';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';
import { listSessions } from '@/lib/sessions/list-sessions';
import { ZListSessionsQuery, ZSessionCursor } from '@/lib/sessions/session-read-query';
import { ZStartSessionRequest } from '@/lib/sessions/session-requests';
import { startRemoteSession } from '@/lib/sessions/start-remote-session';

/** Sessions the caller may see (a driver: their own), newest first, filtered, cursor-paginated. */
export const GET = withAuth(
  async ({ db, user, query }) =>
    listSessions(db, {
      ...query,
      viewer: user,
      cursor: decodeCursor(ZSessionCursor, query.cursor),
    }),
  { query: ZListSessionsQuery },
);

/**
 * Starts charging now: RemoteStartTransaction on a free connector. 201 with the session once
 * the charger accepts; 502 rejected, 503 offline, 504 no answer (no session is kept), 404
 * unknown station, 409 busy connector or station not accepted, 422 bad tag or vehicle.
 */
export const POST = withAuth(
  async ({ db, user, body }) => {
    const { deps, commandTimeoutMs, approvalTimeoutS } = await sessionCommandDeps(db);
    const { sessionId, outcome } = await startRemoteSession(deps, {
      caller: user,
      request: body,
      commandTimeoutMs,
      approvalTimeoutS,
    });
    const session = await getSessionDetail(db, { id: sessionId, viewer: user });
    if (!session || !outcome) throw new ApiError('internal_error', 'The started session vanished');
    return Response.json({ session, command: toCommandResult(outcome) }, { status: 201 });
  },
  { body: ZStartSessionRequest },
);
