import { decodeCursor } from '@/lib/api/cursor';
import { ZPageQuery } from '@/lib/api/pagination';
import { withAuth } from '@/lib/api/with-auth';
import { webConfig } from '@/lib/config/web';
import { createStation } from '@/lib/stations/create-station';
import { listStationsForConsole, ZStationCursor } from '@/lib/stations/list-stations-for-console';
import { stationOcppUrl } from '@/lib/stations/station-ocpp-url';
import { ZCreateStationRequest } from '@/lib/stations/station-requests';

/** Stations with site, live connectors and current sessions, name order, cursor-paginated. */
export const GET = withAuth(
  ({ db, query }) =>
    listStationsForConsole(db, {
      cursor: decodeCursor(ZStationCursor, query.cursor),
      limit: query.limit,
    }),
  { role: 'operator', query: ZPageQuery },
);

/** Registers a station; its generated OCPP password is in this answer and nowhere else. */
export const POST = withAuth(
  async ({ db, body }) => {
    const { station, ocppPassword } = await createStation(db, body);
    const ocppUrl = stationOcppUrl(webConfig().PUBLIC_OCPP_URL, station.identity);
    // A credential: no cache or proxy should keep a copy.
    const headers = { 'cache-control': 'no-store' };
    return Response.json({ station, ocppPassword, ocppUrl }, { status: 201, headers });
  },
  { role: 'operator', body: ZCreateStationRequest },
);
