import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { getWebEventHub } from '@/lib/events/web-event-hub';
import { clearStationChargingProfiles } from '@/lib/smart-charging/clear-station-profiles';
import { listChargingProfileHistory } from '@/lib/smart-charging/list-profile-history';
import {
  ZChargingProfilesQuery,
  ZClearChargingProfilesQuery,
  ZSetChargingProfileRequest,
} from '@/lib/smart-charging/profile-requests';
import { setStationChargingProfile } from '@/lib/smart-charging/set-station-profile';
import { getStationRef } from '@/lib/stations/get-station-ref';
import { listStationChargingProfiles } from '@/lib/stations/list-station-charging-profiles';

/** The charging profiles installed now; `?history=true` every one ever sent, paginated. */
export const GET = withAuth(
  async ({ db, params, query }) => {
    const station = await getStationRef(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    if (query.history !== 'true') {
      return { items: await listStationChargingProfiles(db, station.id) };
    }
    return listChargingProfileHistory(db, {
      stationId: station.id,
      connectorId: query.connectorId,
      cursor: query.cursor,
      limit: query.limit ?? 50,
    });
  },
  { role: 'operator', params: ZIdParams, query: ZChargingProfilesQuery },
);

/** Validates the profile and sends SetChargingProfile; 200 only when the charger accepts. */
export const POST = withAuth(
  async ({ db, user, params, body }) =>
    setStationChargingProfile(
      { db, events: await getWebEventHub() },
      {
        stationId: params.id,
        connectorId: body.connectorId,
        profile: body.profile,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', params: ZIdParams, body: ZSetChargingProfileRequest },
);

/** ClearChargingProfile with the given filters combined by AND; none clears every profile. */
export const DELETE = withAuth(
  async ({ db, user, params, query }) =>
    clearStationChargingProfiles(
      { db, events: await getWebEventHub() },
      {
        stationId: params.id,
        filters: query,
        requestedBy: user.id,
        timeoutMs: webConfig().COMMAND_TIMEOUT_MS,
      },
    ),
  { role: 'operator', params: ZIdParams, query: ZClearChargingProfilesQuery },
);
