import { ZIdParams } from '@/lib/api/id-params';
import {
  ZCreateIdTagRequest,
  ZListIdTagsQuery,
  ZUpdateIdTagRequest,
} from '@/lib/id-tags/id-tag-requests';
import { ZCreateSiteRequest, ZListSitesQuery, ZUpdateSiteRequest } from '@/lib/sites/site-requests';
import {
  ZCreateVehicleRequest,
  ZListVehiclesQuery,
  ZUpdateVehicleRequest,
} from '@/lib/vehicles/vehicle-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import {
  ZIdTag,
  ZIdTagPage,
  ZNoContent,
  ZSite,
  ZSitePage,
  ZVehicle,
  ZVehiclePage,
} from '../schemas/directory';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
const signedIn = { kind: 'session-or-bearer' } as const;
const AT = '2026-03-01T10:00:00.000Z';
const DRIVER_ID = '6a1f0e2d-3c4b-4a59-8e7d-1f2a3b4c5d6e';
const CURSOR = 'eyJuYW1lIjoiSGFyYm91ciJ9';
const deleted = {
  description: 'Deleted: 204 No Content, no body.',
  schema: ZNoContent,
  example: null,
};

const SITE = {
  id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
  name: 'Harbour',
  address: '1 Quay Street',
  city: 'Bristol',
  postalCode: 'BS1 4DJ',
  country: 'GB',
  latitude: 51.4514,
  longitude: -2.5967,
  timeZone: 'Europe/London',
  amenities: ['Café', 'Toilets'],
  tariffId: null,
  createdAt: AT,
  stationCount: 4,
};
const ID_TAG = {
  id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  idTag: '04A1B2C3D4',
  userId: DRIVER_ID,
  parentIdTag: null,
  status: 'Accepted' as const,
  expiresAt: '2027-01-01T00:00:00.000Z',
  label: 'Fleet card 12',
  createdAt: AT,
};
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

const siteEndpoints = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites',
    operationId: 'listSites',
    tag: 'Sites',
    summary: 'List sites',
    description:
      'Sites in name order with their station counts; `q` matches name, city or address. Cursor-paginated: pass `nextCursor` back as `cursor`.',
    auth: operator,
    query: ZListSitesQuery,
    response: {
      description: 'One page of sites.',
      schema: ZSitePage,
      example: { items: [SITE], nextCursor: CURSOR },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sites',
    operationId: 'createSite',
    tag: 'Sites',
    summary: 'Create a site',
    description:
      'Answers **201 Created** with the site. `country` is ISO 3166-1 alpha-2, `timeZone` an IANA zone; amenities are trimmed and de-duplicated (at most 30). An unknown `tariffId` is a 422 naming the field.',
    auth: operator,
    body: ZCreateSiteRequest,
    response: {
      description: 'The new site (201).',
      schema: ZSite,
      example: { ...SITE, stationCount: 0 },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sites/{id}',
    operationId: 'getSite',
    tag: 'Sites',
    summary: 'Site detail',
    description: 'One site with its station count.',
    auth: operator,
    params: ZIdParams,
    response: { description: 'The site.', schema: ZSite, example: SITE },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/sites/{id}',
    operationId: 'updateSite',
    tag: 'Sites',
    summary: 'Update a site',
    description: 'Changes the given fields; `null` clears `postalCode` or `tariffId`.',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateSiteRequest,
    response: { description: 'The updated site.', schema: ZSite, example: SITE },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/sites/{id}',
    operationId: 'deleteSite',
    tag: 'Sites',
    summary: 'Delete a site',
    description:
      'Answers **204 No Content**. Refused with 409 while stations belong to the site: move them first.',
    auth: operator,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found', 'conflict'],
  }),
];

const idTagEndpoints = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/id-tags',
    operationId: 'listIdTags',
    tag: 'Id tags',
    summary: 'List RFID tags',
    description:
      'Tags in token order. Operators see every tag; a driver gets only their own. Filter by `userId`, `status`, or `q` (token or label). Cursor-paginated.',
    auth: signedIn,
    query: ZListIdTagsQuery,
    response: {
      description: 'One page of tags.',
      schema: ZIdTagPage,
      example: { items: [ID_TAG], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/id-tags',
    operationId: 'createIdTag',
    tag: 'Id tags',
    summary: 'Register an RFID tag',
    description:
      'Answers **201 Created** with the tag (status `Accepted` unless given). A token already registered is a 409; an unknown `userId` a 422 naming the field.',
    auth: operator,
    body: ZCreateIdTagRequest,
    response: { description: 'The new tag (201).', schema: ZIdTag, example: ID_TAG },
    errors: ['conflict'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/id-tags/{id}',
    operationId: 'getIdTag',
    tag: 'Id tags',
    summary: 'RFID tag detail',
    description: 'One tag. A driver gets only their own: another’s is a 404.',
    auth: signedIn,
    params: ZIdParams,
    response: { description: 'The tag.', schema: ZIdTag, example: ID_TAG },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/id-tags/{id}',
    operationId: 'updateIdTag',
    tag: 'Id tags',
    summary: 'Update an RFID tag',
    description:
      'Block or unblock with `status`, change `expiresAt`, `userId`, `parentIdTag` or `label` (`null` clears them). An unknown `userId` is a 422.',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateIdTagRequest,
    response: {
      description: 'The updated tag.',
      schema: ZIdTag,
      example: { ...ID_TAG, status: 'Blocked' },
    },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/id-tags/{id}',
    operationId: 'deleteIdTag',
    tag: 'Id tags',
    summary: 'Delete an RFID tag',
    description: 'Answers **204 No Content**; chargers are then told the token is Invalid.',
    auth: operator,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found'],
  }),
];

const vehicleEndpoints = [
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
      'Answers **201 Created**. A driver adds their own (naming another `userId` is a 403); operators may name any user (unknown: 422). The owner’s first vehicle becomes the default; `isDefault: true` unsets the others.',
    auth: signedIn,
    body: ZCreateVehicleRequest,
    response: { description: 'The new vehicle (201).', schema: ZVehicle, example: VEHICLE },
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
      'Answers **204 No Content**. Deleting the default makes the owner’s newest remaining vehicle the default. Another driver’s vehicle is a 404.',
    auth: signedIn,
    params: ZIdParams,
    response: deleted,
    errors: ['not_found'],
  }),
];

/** Sites, RFID tags and vehicles: the directory an operator keeps and drivers see part of. */
export const directoryEndpoints: TEndpoint[] = [
  ...siteEndpoints,
  ...idTagEndpoints,
  ...vehicleEndpoints,
];
