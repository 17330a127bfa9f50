import { eq } from 'drizzle-orm';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { listStationMessages } from '@/lib/ocpp-log/list-station-messages';
import { ZStationLogsQuery } from '@/lib/ocpp-log/station-logs-query';

/**
 * A station's recent OCPP frames, narrowed by action, direction and time (`from`/`to`,
 * inclusive); `before` (or `cursor`, the previous nextCursor) pages back.
 */
export const GET = withAuth(
  async ({ db, params, query }) => {
    const [station] = await db
      .select({ id: stations.id })
      .from(stations)
      .where(eq(stations.id, params.id));
    if (!station) throw new ApiError('not_found', 'Station not found');
    return listStationMessages(db, {
      stationId: station.id,
      action: query.action,
      direction: query.direction,
      from: query.from,
      to: query.to,
      before: query.before ?? query.cursor,
      limit: query.limit,
    });
  },
  { role: 'operator', params: ZIdParams, query: ZStationLogsQuery },
);
