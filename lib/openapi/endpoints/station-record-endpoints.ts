import { ZIdParams } from '@/lib/api/id-params';
import { ZPageQuery } from '@/lib/api/pagination';
import { ZStationLogsQuery } from '@/lib/ocpp-log/station-logs-query';
import { defineEndpoint } from '../endpoint';
import {
  ZStationCommandPage,
  ZStationConfiguration,
  ZStationMessagePage,
  ZStationReservations,
} from '../schemas/station-records';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
const common = {
  tag: 'Stations',
  auth: operator,
  params: ZIdParams,
  errors: ['not_found'],
} as const;
const AT = '2026-03-01T10:00:00.000Z';

/** What the platform knows about one station: its log, commands, configuration, profiles. */
export const stationRecordEndpoints = [
  defineEndpoint({
    ...common,
    method: 'GET',
    path: '/api/v1/stations/{id}/logs',
    operationId: 'listStationLogs',
    summary: 'OCPP message log',
    description:
      'The station’s OCPP frames, newest first, narrowed by action, direction and time (`from`/`to` are inclusive ISO 8601 instants with an offset). Page back with `cursor` (the previous `nextCursor`) or `before`.',
    query: ZStationLogsQuery,
    response: {
      description: 'One page of frames.',
      schema: ZStationMessagePage,
      example: {
        items: [
          {
            id: 981,
            direction: 'in',
            messageType: 2,
            messageId: '19223201',
            action: 'Heartbeat',
            payload: {},
            raw: '[2,"19223201","Heartbeat",{}]',
            createdAt: AT,
          },
        ],
        nextCursor: '981',
      },
    },
  }),
  defineEndpoint({
    ...common,
    method: 'GET',
    path: '/api/v1/stations/{id}/commands',
    operationId: 'listStationCommands',
    summary: 'Command audit trail',
    description:
      'Commands sent to the station, newest first, with who sent them and the charger’s own answer (`ocppStatus`). Cursor-paginated.',
    query: ZPageQuery,
    response: {
      description: 'One page of commands.',
      schema: ZStationCommandPage,
      example: {
        items: [
          {
            id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
            action: 'Reset',
            state: 'answered',
            ocppStatus: 'Accepted',
            errorCode: null,
            error: null,
            latencyMs: 412,
            requestedBy: { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Olivia Operator' },
            createdAt: AT,
            answeredAt: '2026-03-01T10:00:00.412Z',
          },
        ],
        nextCursor: null,
      },
    },
  }),
  defineEndpoint({
    ...common,
    method: 'GET',
    path: '/api/v1/stations/{id}/configuration',
    operationId: 'getStationConfiguration',
    summary: 'Configuration keys',
    description: 'The configuration keys the charger last reported or accepted, by key.',
    response: {
      description: 'The keys.',
      schema: ZStationConfiguration,
      example: {
        items: [{ key: 'HeartbeatInterval', value: '300', readonly: false, updatedAt: AT }],
      },
    },
  }),
  defineEndpoint({
    ...common,
    method: 'GET',
    path: '/api/v1/stations/{id}/reservations',
    operationId: 'listStationReservations',
    summary: 'Active reservations',
    description: 'Reservations still holding a connector, soonest to expire first.',
    response: {
      description: 'The reservations.',
      schema: ZStationReservations,
      example: {
        items: [
          {
            id: 7,
            connectorId: 1,
            idTag: 'RFID-0042',
            parentIdTag: null,
            expiresAt: '2026-03-01T10:30:00.000Z',
            createdAt: AT,
          },
        ],
      },
    },
  }),
];
