import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { MAX_PAGE_SIZE } from '@/lib/api/pagination';
import { withAuth } from '@/lib/api/with-auth';
import { listStationMessages, ZMessageDirection } from '@/lib/ocpp-log/list-station-messages';

/** ISO 8601 instants with an offset or Z, so a range means the same thing in every time zone. */
const ZInstant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const ZStationLogsQuery = z.object({
  action: z.string().min(1).max(64).optional(),
  direction: ZMessageDirection.optional(),
  from: ZInstant.optional(),
  to: ZInstant.optional(),
  before: z.coerce.number().int().positive().optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

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
