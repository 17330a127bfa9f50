import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getStationRef } from '@/lib/stations/get-station-ref';
import { listStationConfiguration } from '@/lib/stations/list-station-configuration';

/** The configuration keys the charger last reported or accepted. */
export const GET = withAuth(
  async ({ db, params }) => {
    const station = await getStationRef(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return { items: await listStationConfiguration(db, station.id) };
  },
  { role: 'operator', params: ZIdParams },
);
