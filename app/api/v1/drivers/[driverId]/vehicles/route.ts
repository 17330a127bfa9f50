import { resolveDriver, ZDriverParams } from '@/lib/api/driver-params';
import { decodeCursor } from '@/lib/api/cursor';
import { ZPageQuery } from '@/lib/api/pagination';
import { withAuth } from '@/lib/api/with-auth';
import { ZCreateDriverVehicleRequest } from '@/lib/drivers/driver-vehicle-requests';
import { createVehicle } from '@/lib/vehicles/create-vehicle';
import { listVehicles, ZVehicleCursor } from '@/lib/vehicles/list-vehicles';

/** The driver's vehicles, by make and model. */
export const GET = withAuth(
  async ({ db, user, params, query }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return listVehicles(db, {
      viewer: { id: driver.id, role: 'driver' },
      userId: driver.id,
      cursor: decodeCursor(ZVehicleCursor, query.cursor),
      limit: query.limit,
    });
  },
  { params: ZDriverParams, query: ZPageQuery },
);

/** Adds a vehicle for the driver; their first one becomes the default. */
export const POST = withAuth(
  async ({ db, user, params, body }) => {
    const driver = await resolveDriver(db, user, params.driverId);
    return Response.json(await createVehicle(db, driver.id, body), { status: 201 });
  },
  { params: ZDriverParams, body: ZCreateDriverVehicleRequest },
);
