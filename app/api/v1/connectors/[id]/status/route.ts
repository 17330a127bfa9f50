import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getConnectorStatus } from '@/lib/stations/get-connector-status';

/** A connector's live status and queue length, for anyone (no driver or session data). */
export const GET = withAuth(
  async ({ db, params }) => {
    const status = await getConnectorStatus(db, params.id);
    if (!status) throw new ApiError('not_found', 'Connector not found');
    return status;
  },
  { public: true, params: ZIdParams },
);
