import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { unlockConnector } from '@/lib/connectors/unlock-connector';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { ZConnectorParams } from '@/lib/stations/station-requests';

/** Asks the charger to release the cable; 200 only when it answers Unlocked. */
export const POST = withAuth(
  async ({ db, user, params }) =>
    unlockConnector(
      { db, events: await getWebEventHub() },
      {
        stationId: params.id,
        connectorId: params.connectorId,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', params: ZConnectorParams },
);
