import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getStationRef } from '@/lib/stations/get-station-ref';
import { listStationChargingProfiles } from '@/lib/stations/list-station-charging-profiles';

/** The charging profiles installed on the station now. */
export const GET = withAuth(
  async ({ db, params }) => {
    const station = await getStationRef(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return { items: await listStationChargingProfiles(db, station.id) };
  },
  { role: 'operator', params: ZIdParams },
);
