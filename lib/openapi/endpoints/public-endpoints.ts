import { defineEndpoint } from '../endpoint';
import { ZLiveEventStream } from '../schemas/events';
import { ZHealth, ZPublicChargers } from '../schemas/public';

import { EXAMPLE_STATION_ID as STATION_ID } from './examples';

export const publicEndpoints = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/health',
    operationId: 'getHealth',
    tag: 'Platform',
    summary: 'Health check',
    description: 'Liveness for load balancers: 200 only when the database answers.',
    auth: { kind: 'public' },
    response: {
      description: 'The app and its database are up.',
      schema: ZHealth,
      example: { status: 'ok', database: 'ok' },
    },
    errors: ['service_unavailable'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/chargers',
    operationId: 'listPublicChargers',
    tag: 'Chargers',
    summary: 'Public charger availability',
    description:
      'Accepted chargers grouped by site with connector type, power and live status, as on the home page. No identities, sessions or drivers.',
    auth: { kind: 'public' },
    response: {
      description: 'Sites with their chargers.',
      schema: ZPublicChargers,
      example: {
        sites: [
          {
            id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
            name: 'Harbour Car Park',
            address: '1 Quay Street',
            city: 'Bristol',
            stations: [
              {
                id: STATION_ID,
                name: 'Harbour 1',
                online: true,
                connectors: [
                  { connectorId: 1, type: 'Type2', maxPowerW: 22000, status: 'Available' },
                ],
              },
            ],
          },
        ],
      },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/events',
    operationId: 'streamLiveEvents',
    tag: 'Live events',
    summary: 'Live event stream (SSE)',
    description:
      'A `text/event-stream` of what changes, filtered by what the caller may see: anonymous callers get public events, operators everything. Events say what changed; re-read the resource to show it.',
    auth: { kind: 'public' },
    response: {
      description: 'An open stream of server-sent events.',
      contentType: 'text/event-stream',
      schema: ZLiveEventStream,
      example: `data: {"type":"connector.status","stationId":"${STATION_ID}","connectorId":1}\n\n`,
    },
    errors: ['service_unavailable'],
  }),
];
