import { ApiError } from '@/lib/api/api-error';
import { decodeCursor } from '@/lib/api/cursor';
import { ZIdParams } from '@/lib/api/id-params';
import { ZPageQuery } from '@/lib/api/pagination';
import { withAuth } from '@/lib/api/with-auth';
import { listStationCommands, ZStationCommandCursor } from '@/lib/stations/list-station-commands';
import { getStationRef } from '@/lib/stations/get-station-ref';

/** The commands sent to a station, newest first, with who sent them (cursor-paginated). */
export const GET = withAuth(
  async ({ db, params, query }) => {
    const station = await getStationRef(db, params.id);
    if (!station) throw new ApiError('not_found', 'Station not found');
    return listStationCommands(db, {
      stationId: station.id,
      cursor: decodeCursor(ZStationCommandCursor, query.cursor),
      limit: query.limit,
    });
  },
  { role: 'operator', params: ZIdParams, query: ZPageQuery },
);
