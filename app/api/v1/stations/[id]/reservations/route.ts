import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getStationRef } from '@/lib/stations/get-station-ref';
import { listStationReservations } from '@/lib/stations/list-station-reservations';

/** The station's active reservations, soonest to expire first. */
export const GET = withAuth(
  async ({ db, params }) => {
    const station = await getStationRef(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return { items: await listStationReservations(db, station.id) };
  },
  { role: 'operator', params: ZIdParams },
);
