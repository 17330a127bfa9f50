import { ZIdParams } from '@/lib/api/id-params';
import { ZPageQuery } from '@/lib/api/pagination';
import { defineEndpoint } from '../endpoint';
import { ZConsoleStationPage, ZConsoleSummary, ZStationDetail } from '../schemas/stations';
import { EXAMPLE_CONNECTOR, EXAMPLE_STATION_ID } from './examples';
import { stationRecordEndpoints } from './station-record-endpoints';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;

export const stationEndpoints = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/stations',
    operationId: 'listStations',
    tag: 'Stations',
    summary: 'List stations',
    description:
      'Every station with its site, live connectors and current sessions, in name order. Cursor-paginated: pass `nextCursor` back as `cursor`.',
    auth: operator,
    query: ZPageQuery,
    response: {
      description: 'One page of stations.',
      schema: ZConsoleStationPage,
      example: {
        items: [
          {
            id: EXAMPLE_STATION_ID,
            identity: 'CP-HARBOUR-1',
            name: 'Harbour 1',
            vendor: 'Alfen',
            model: 'Eve Single',
            registrationStatus: 'Accepted',
            connectionState: 'online',
            lastSeenAt: '2026-03-01T10:00:00.000Z',
            site: { id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8', name: 'Harbour', city: 'Bristol' },
            connectors: [EXAMPLE_CONNECTOR],
          },
        ],
        nextCursor: null,
      },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/stations/summary',
    operationId: 'getStationsSummary',
    tag: 'Stations',
    summary: 'Console summary counts',
    description:
      'Stations online/offline, connectors by status (an offline station’s connectors count as Offline) and sessions in progress.',
    auth: operator,
    response: {
      description: 'The counts.',
      schema: ZConsoleSummary,
      example: {
        stations: { online: 12, offline: 2 },
        connectors: { Available: 15, Charging: 7, Offline: 4 },
        sessionsInProgress: 7,
      },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/stations/{id}',
    operationId: 'getStation',
    tag: 'Stations',
    summary: 'Station detail',
    description:
      'Everything the station page shows: identity, state, site, connectors and recent sessions.',
    auth: operator,
    params: ZIdParams,
    response: {
      description: 'The station.',
      schema: ZStationDetail,
      example: {
        id: EXAMPLE_STATION_ID,
        identity: 'CP-HARBOUR-1',
        name: 'Harbour 1',
        vendor: 'Alfen',
        model: 'Eve Single',
        serialNumber: 'ACE0001234',
        firmwareVersion: '4.12.0',
        ocppVersion: '1.6',
        registrationStatus: 'Accepted',
        bootStatus: 'Accepted',
        connectionState: 'online',
        nodeId: 'web-1',
        status: 'Available',
        errorCode: 'NoError',
        lastSeenAt: '2026-03-01T10:00:00.000Z',
        lastBootAt: '2026-03-01T08:00:00.000Z',
        connectedAt: '2026-03-01T08:00:00.000Z',
        site: null,
        connectors: [EXAMPLE_CONNECTOR],
        recentSessions: [],
      },
    },
    errors: ['not_found'],
  }),
  ...stationRecordEndpoints,
];
