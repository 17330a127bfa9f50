import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { getStationCompositeSchedule } from '@/lib/smart-charging/get-station-composite';
import { ZCompositeScheduleQuery } from '@/lib/smart-charging/profile-requests';

/** What a connector may draw from now on: computed here (local) or asked from the charger. */
export const GET = withAuth(
  async ({ db, user, params, query }) =>
    getStationCompositeSchedule(
      { db, events: await getWebEventHub() },
      {
        stationId: params.id,
        connectorId: query.connectorId,
        durationS: query.duration,
        unit: query.chargingRateUnit,
        source: query.source,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', params: ZIdParams, query: ZCompositeScheduleQuery },
);
