import type { z } from 'zod';
import { ZIdParams } from '@/lib/api/id-params';
import {
  ZConnectorParams,
  ZCreateConnectorRequest,
  ZCreateStationRequest,
  ZUpdateConnectorRequest,
  ZUpdateStationRequest,
} from '@/lib/stations/station-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import {
  ZCreatedStation,
  ZManagedConnector,
  ZManagedStation,
  ZStationCredentials,
} from '../schemas/management';
import { ZNoContent } from '../schemas/common';
import { EXAMPLE_STATION_ID } from './examples';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
const tag = 'Stations';

const EXAMPLE_MANAGED_CONNECTOR: z.input<typeof ZManagedConnector> = {
  connectorId: 1,
  type: 'Type2',
  maxPowerW: 22000,
  status: 'Available',
};

const EXAMPLE_MANAGED_STATION: z.input<typeof ZManagedStation> = {
  id: EXAMPLE_STATION_ID,
  identity: 'CP-HARBOUR-1',
  name: 'Harbour 1',
  siteId: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
  tariffId: null,
  vendor: 'Alfen',
  model: 'Eve Single',
  registrationStatus: 'Accepted',
  connectionState: 'offline',
  ocppVersion: '1.6',
  createdAt: '2026-03-01T10:00:00.000Z',
  connectors: [EXAMPLE_MANAGED_CONNECTOR],
};

const EXAMPLE_CREDENTIALS = {
  ocppPassword: 'q9Zt-4vXo_2LmN8rYc1KpA7w',
  ocppUrl: 'ws://localhost:9000/ocpp/CP-HARBOUR-1',
};

export const managementEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations',
    operationId: 'createStation',
    tag,
    summary: 'Register a station',
    description:
      'Registers a charger under its OCPP identity, with its connectors, and generates its OCPP password. The password is in this answer only (only its hash is stored): configure it on the charger with `ocppUrl`. `registrationStatus` defaults to Accepted. A taken identity is a 409; an unknown `siteId` or `tariffId`, or a connectorId listed twice, a 422 naming the field.',
    auth: operator,
    body: ZCreateStationRequest,
    response: {
      status: 201,
      description: 'The new station and its credentials.',
      schema: ZCreatedStation,
      example: { station: EXAMPLE_MANAGED_STATION, ...EXAMPLE_CREDENTIALS },
    },
    errors: ['conflict', 'validation_failed'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/stations/{id}',
    operationId: 'updateStation',
    tag,
    summary: 'Change a station',
    description:
      'Changes the given fields only; `siteId` and `tariffId` take null to detach. A new `registrationStatus` reaches the charger with its next BootNotification. An unknown site or tariff is a 422 naming the field; an empty body a 422.',
    auth: operator,
    params: ZIdParams,
    body: ZUpdateStationRequest,
    response: {
      description: 'The station as it is now.',
      schema: ZManagedStation,
      example: { ...EXAMPLE_MANAGED_STATION, name: 'Harbour 1 (north bay)' },
    },
    errors: ['not_found', 'validation_failed'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/stations/{id}',
    operationId: 'deleteStation',
    tag,
    summary: 'Delete a station',
    description:
      'Deletes the station and its connectors. Refused with 409 while the charger is connected, and for a station that has any charging sessions: deleting it would delete their billing history.',
    auth: operator,
    params: ZIdParams,
    response: { status: 204, description: 'Deleted; no body.', schema: ZNoContent, example: null },
    errors: ['not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/password',
    operationId: 'rotateStationPassword',
    tag,
    summary: 'Rotate the OCPP password',
    description:
      'Generates a new OCPP password, shown in this answer only. The old one stops working at once for new connections; a charger already connected stays connected until it reconnects, so set the new password on it (ChangeConfiguration AuthorizationKey) before it does.',
    auth: operator,
    params: ZIdParams,
    response: {
      description: 'The new credentials.',
      schema: ZStationCredentials,
      example: EXAMPLE_CREDENTIALS,
    },
    errors: ['not_found'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/connectors',
    operationId: 'createConnector',
    tag,
    summary: 'Add a connector',
    description:
      'Adds a connector under its OCPP connectorId; 409 when the station already has that connectorId.',
    auth: operator,
    params: ZIdParams,
    body: ZCreateConnectorRequest,
    response: {
      status: 201,
      description: 'The new connector.',
      schema: ZManagedConnector,
      example: { ...EXAMPLE_MANAGED_CONNECTOR, connectorId: 2, status: 'Unavailable' },
    },
    errors: ['not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'PATCH',
    path: '/api/v1/stations/{id}/connectors/{connectorId}',
    operationId: 'updateConnector',
    tag,
    summary: 'Change a connector',
    description:
      '`connectorId` is the OCPP connector number (1-based). Changes its type or rated power; its status stays what the charger reports.',
    auth: operator,
    params: ZConnectorParams,
    body: ZUpdateConnectorRequest,
    response: {
      description: 'The connector as it is now.',
      schema: ZManagedConnector,
      example: { ...EXAMPLE_MANAGED_CONNECTOR, maxPowerW: 11000 },
    },
    errors: ['not_found', 'validation_failed'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/stations/{id}/connectors/{connectorId}',
    operationId: 'deleteConnector',
    tag,
    summary: 'Remove a connector',
    description:
      '`connectorId` is the OCPP connector number. Refused with 409 while a session is requested, approved or charging on it.',
    auth: operator,
    params: ZConnectorParams,
    response: { status: 204, description: 'Removed; no body.', schema: ZNoContent, example: null },
    errors: ['not_found', 'conflict'],
  }),
];
