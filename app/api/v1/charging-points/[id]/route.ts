import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { ZChargingPointQuery } from '@/lib/charging-points/charging-point-requests';
import { getChargingPoint } from '@/lib/charging-points/get-charging-point';

/** Public: one charging point with connectors, waits and the tariff in words. */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const point = await getChargingPoint(db, { id: params.id, userId: user?.id, near: query.near });
    if (!point) throw new ApiError('not_found', 'Charging point not found');
    return point;
  },
  { public: true, params: ZIdParams, query: ZChargingPointQuery },
);
