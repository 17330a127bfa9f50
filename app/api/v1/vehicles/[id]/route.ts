import { ApiError } from '@/lib/api/api-error';
import { ZIdParams } from '@/lib/api/id-params';
import { withAuth } from '@/lib/api/with-auth';
import { deleteVehicle } from '@/lib/vehicles/delete-vehicle';
import { updateVehicle } from '@/lib/vehicles/update-vehicle';
import { ZUpdateVehicleRequest } from '@/lib/vehicles/vehicle-requests';

const NOT_FOUND = 'Vehicle not found';

/** Drivers change only their own vehicles: another driver's is a 404. */
export const PATCH = withAuth(
  async ({ db, user, params, body }) => {
    const vehicle = await updateVehicle(db, { id: params.id, viewer: user, changes: body });
    if (!vehicle) throw new ApiError('not_found', NOT_FOUND);
    return vehicle;
  },
  { params: ZIdParams, body: ZUpdateVehicleRequest },
);

export const DELETE = withAuth(
  async ({ db, user, params }) => {
    if (!(await deleteVehicle(db, { id: params.id, viewer: user }))) {
      throw new ApiError('not_found', NOT_FOUND);
    }
    return new Response(null, { status: 204 });
  },
  { params: ZIdParams },
);
