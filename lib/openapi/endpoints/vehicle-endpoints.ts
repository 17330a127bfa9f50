import { ZIdParams } from '@/lib/api/id-params';
import {
  ZCreateVehicleRequest,
  ZListVehiclesQuery,
  ZUpdateVehicleRequest,
} from '@/lib/vehicles/vehicle-requests';
import { ZVehicle, ZVehiclePage } from '../schemas/directory';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { AT, deleted, DRIVER_ID, signedIn } from './directory-common';

const VEHICLE = {
  id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
  userId: DRIVER_ID,
  make: 'Volkswagen',
  model: 'ID.3',
  batteryCapacityWh: 58_000,
  connectorTypes: ['Type2' as const, 'CCS2' as const],
  isDefault: true,
  createdAt: AT,
};

export const vehicleEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/vehicles',
    operationId: 'listVehicles',
    tag: 'Vehicles',
    summary: 'List vehicles',
    description:
      'By make and model. A driver gets their own; operators everyone’s, or one driver’s with `userId`. Cursor-paginated.',
    auth: signedIn,
    query: ZListVehiclesQuery,
    response: {
      description: 'One page of vehicles.',
      schema: ZVehiclePage,
      example: { items: [VEHICLE], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/vehicles',
    operationId: 'createVehicle',
    tag: 'Vehicles',
    summary: 'Add a vehicle',
    description:
      'A driver adds their own (naming another `userId` is a 403); operators may name any user (unknown: 422). The owner’s first vehicle becomes the default; `isDefault: true` unsets the others.',
    auth: signedIn,
    body: ZCreateVehicleRequest,
    response: { status: 201, description: 'The new vehicle.', schema: ZVehicle, example: VEHICLE },
    errors: ['forbidden'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/vehicles/{id}',
    operationId: 'updateVehicle',
    tag: 'Vehicles',
    summary: 'Update a vehicle',
    description:
      'Changes the given fields; `isDefault: true` unsets the owner’s other vehicles. A driver changes only their own: another’s is a 404.',
    auth: signedIn,
    params: ZIdParams,
    body: ZUpdateVehicleRequest,
    response: { description: 'The updated vehicle.', schema: ZVehicle, example: VEHICLE },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/vehicles/{id}',
    operationId: 'deleteVehicle',
    tag: 'Vehicles',
    summary: 'Delete a vehicle',
    description:
      'Deleting the default makes the owner’s newest remaining vehicle the default. Another driver’s vehicle is a 404.',
    auth: signedIn,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found'],
  }),
];
