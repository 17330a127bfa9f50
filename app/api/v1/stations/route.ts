import { decodeCursor } from '@/lib/api/cursor';
import { ZPageQuery } from '@/lib/api/pagination';
import { withAuth } from '@/lib/api/with-auth';
import { listStationsForConsole, ZStationCursor } from '@/lib/stations/list-stations-for-console';

/** Stations with site, live connectors and current sessions, name order, cursor-paginated. */
export const GET = withAuth(
  ({ db, query }) =>
    listStationsForConsole(db, {
      cursor: decodeCursor(ZStationCursor, query.cursor),
      limit: query.limit,
    }),
  { role: 'operator', query: ZPageQuery },
);
