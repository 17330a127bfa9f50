import { ZIdParams } from '@/lib/api/id-params';
import { ZConnectorParams } from '@/lib/stations/station-requests';
import { ZListSessionsQuery } from '@/lib/sessions/session-read-query';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import {
  ZConnectorLiveStatus,
  ZSessionDetail,
  ZSessionPage,
  ZUnlockConnectorResult,
} from '../schemas/sessions';
import { EXAMPLE_STATION_ID } from './examples';
import { EXAMPLE_SESSION, EXAMPLE_SESSION_DETAIL } from './session-examples';

const signedIn = { kind: 'session-or-bearer' } as const;

/** Reading sessions and connector state; unlocking a connector. */
export const sessionReadEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sessions',
    operationId: 'listSessions',
    tag: 'Sessions',
    summary: 'List sessions',
    description:
      'Sessions newest first (by start time; creation time for sessions that never started). Drivers see only their own. Filter by `status` (comma-separated), station, site, driver, vehicle, id tag and a start-time range (`from`/`to`: inclusive ISO 8601 instants with an offset). `costMinor` is the final cost; running sessions have it null here (the detail prices them live). Cursor-paginated.',
    auth: signedIn,
    query: ZListSessionsQuery,
    response: {
      description: 'One page of sessions.',
      schema: ZSessionPage,
      example: { items: [EXAMPLE_SESSION], nextCursor: null },
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sessions/{id}',
    operationId: 'getSession',
    tag: 'Sessions',
    summary: 'Session detail',
    description:
      'A session with its meter series (the most recent 5,000 samples at most, oldest first; `meterValuesTruncated` says when older ones were left out), its cost (the final receipt, or the live cost while charging), the commands sent about it and, while it waits for a busy connector, its queue position and estimated wait. A driver gets 404 for another driver’s session.',
    auth: signedIn,
    params: ZIdParams,
    response: {
      description: 'The session.',
      schema: ZSessionDetail,
      example: EXAMPLE_SESSION_DETAIL,
    },
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/connectors/{id}/status',
    operationId: 'getConnectorStatus',
    tag: 'Chargers',
    summary: 'Connector status',
    description:
      'A connector’s live status by its id (the connector’s uuid, not its OCPP number), for anyone: status (`Offline` while its station is not connected), type, power and how many requests wait for it. Only connectors of accepted stations.',
    auth: { kind: 'public' },
    params: ZIdParams,
    response: {
      description: 'The connector.',
      schema: ZConnectorLiveStatus,
      example: {
        connectorId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
        stationId: EXAMPLE_STATION_ID,
        ocppConnectorId: 1,
        status: 'Charging',
        errorCode: 'NoError',
        statusAt: '2026-03-01T09:58:00.000Z',
        type: 'Type2',
        maxPowerW: 22000,
        queueLength: 1,
      },
    },
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/stations/{id}/connectors/{connectorId}/unlock',
    operationId: 'unlockConnector',
    tag: 'Stations',
    summary: 'Unlock a connector',
    description:
      'Sends UnlockConnector for the OCPP connector number and waits for the charger’s answer. 200 when it answers Unlocked; 502 for UnlockFailed, NotSupported or a CALLERROR, 503 when the charger is offline, 504 when it does not answer in time. Every error carries the command result (with the charger’s `ocppStatus`) in `details`. The command is filed under the session charging on that connector, if any.',
    auth: { kind: 'session-or-bearer', role: 'operator' },
    params: ZConnectorParams,
    response: {
      description: 'The charger unlocked the connector.',
      schema: ZUnlockConnectorResult,
      example: {
        command: {
          commandId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
          state: 'answered',
          ocppStatus: 'Unlocked',
          error: null,
        },
      },
    },
    errors: ['not_found', 'charger_rejected', 'charger_offline', 'charger_timeout'],
  }),
];
