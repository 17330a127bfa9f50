import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { deleteStation } from '@/lib/stations/delete-station';
import { getStationDetail } from '@/lib/stations/get-station-detail';
import { ZUpdateStationRequest } from '@/lib/stations/station-requests';
import { updateStation } from '@/lib/stations/update-station';

export const GET = withAuth(
  async ({ db, params }) => {
    const station = await getStationDetail(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return station;
  },
  { role: 'operator', params: ZIdParams },
);

export const PATCH = withAuth(({ db, params, body }) => updateStation(db, params.id, body), {
  role: 'operator',
  params: ZIdParams,
  body: ZUpdateStationRequest,
});

/** Only a station that never served a session and is not connected can go (409 otherwise). */
export const DELETE = withAuth(
  async ({ db, params }) => {
    await deleteStation(db, params.id);
    return new Response(null, { status: 204 });
  },
  { role: 'operator', params: ZIdParams },
);
