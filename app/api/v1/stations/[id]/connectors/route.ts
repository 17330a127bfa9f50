import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { createConnector } from '@/lib/stations/create-connector';
import { ZCreateConnectorRequest } from '@/lib/stations/station-requests';

export const POST = withAuth(
  async ({ db, params, body }) =>
    Response.json(await createConnector(db, params.id, body), { status: 201 }),
  { role: 'operator', params: ZIdParams, body: ZCreateConnectorRequest },
);
