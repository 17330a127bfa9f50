import { withAuth } from '@/lib/api/with-auth';
import { deleteConnector } from '@/lib/stations/delete-connector';
import { ZConnectorParams, ZUpdateConnectorRequest } from '@/lib/stations/station-requests';
import { updateConnector } from '@/lib/stations/update-connector';

export const PATCH = withAuth(
  ({ db, params, body }) =>
    updateConnector(db, { stationId: params.id, connectorId: params.connectorId }, body),
  { role: 'operator', params: ZConnectorParams, body: ZUpdateConnectorRequest },
);

/** Refused (409) while a session is requested, approved or charging on the connector. */
export const DELETE = withAuth(
  async ({ db, params }) => {
    await deleteConnector(db, { stationId: params.id, connectorId: params.connectorId });
    return new Response(null, { status: 204 });
  },
  { role: 'operator', params: ZConnectorParams },
);
