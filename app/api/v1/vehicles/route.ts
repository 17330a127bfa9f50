import { ApiError } from '@/lib/api/api-error';
import { decodeCursor } from '@/lib/api/cursor';
import { withAuth } from '@/lib/api/with-auth';
import { hasRole } from '@/lib/auth/roles';
import { createVehicle } from '@/lib/vehicles/create-vehicle';
import { listVehicles, ZVehicleCursor } from '@/lib/vehicles/list-vehicles';
import { ZCreateVehicleRequest, ZListVehiclesQuery } from '@/lib/vehicles/vehicle-requests';

/** A driver's own vehicles; operators see everyone's, optionally one driver's (`userId`). */
export const GET = withAuth(
  ({ db, user, query }) =>
    listVehicles(db, {
      viewer: user,
      userId: query.userId,
      cursor: decodeCursor(ZVehicleCursor, query.cursor),
      limit: query.limit,
    }),
  { query: ZListVehiclesQuery },
);

/**
 * A driver adds a vehicle for themself; naming another user is a 403 rather than silently
 * ignored, so a client bug does not file a car under the wrong account unnoticed.
 */
export const POST = withAuth(
  async ({ db, user, body }) => {
    const { userId = user.id, ...input } = body;
    if (userId !== user.id && !hasRole(user.role, 'operator')) {
      throw new ApiError('forbidden', 'Drivers can only add vehicles for themselves');
    }
    return Response.json(await createVehicle(db, userId, input), { status: 201 });
  },
  { body: ZCreateVehicleRequest },
);
