import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { getStationDetail } from '@/lib/stations/get-station-detail';

export const GET = withAuth(
  async ({ db, params }) => {
    const station = await getStationDetail(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return station;
  },
  { role: 'operator', params: ZIdParams },
);
