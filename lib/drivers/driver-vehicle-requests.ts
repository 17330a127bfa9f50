import { ZCreateVehicleRequest } from '@/lib/vehicles/vehicle-requests';

/** A vehicle added under /drivers/{driverId}: the owner is the path's driver, not a body field. */
export const ZCreateDriverVehicleRequest = ZCreateVehicleRequest.omit({ userId: true });
