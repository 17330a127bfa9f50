import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { withAuth } from '@/lib/api/with-auth';
import {
  ZChargingPointCursor,
  ZListChargingPointsQuery,
} from '@/lib/charging-points/charging-point-requests';
import { listChargingPoints } from '@/lib/charging-points/list-charging-points';

/**
 * Public: charging points with live status, queue, wait and gross price. A signed-in caller
 * also gets isFavorite and may ask for only their favorites.
 */
export const GET = withAuth(
  async ({ db, user, query }) => {
    const { cursor, limit, ...filters } = query;
    const offset = decodeCursor(ZChargingPointCursor, cursor)?.offset ?? 0;
    const points = await listChargingPoints(db, { ...filters, userId: user?.id });
    const items = points.slice(offset, offset + limit);
    const next = offset + limit;
    return { items, nextCursor: next < points.length ? encodeCursor({ offset: next }) : null };
  },
  { public: true, query: ZListChargingPointsQuery },
);
