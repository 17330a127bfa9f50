import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getSessionDetail } from '@/lib/sessions/get-session-detail';

/** One session with its meter series, cost, commands and queue place; another driver's is 404. */
export const GET = withAuth(
  async ({ db, user, params }) => {
    const detail = await getSessionDetail(db, { id: params.id, viewer: user });
    if (!detail) throw new ApiError('not_found', 'Session not found');
    return detail;
  },
  { params: ZIdParams },
);
