import type { z } from 'zod';
import { ZIdParams } from '@/lib/api/id-params';
import { ZDriverItemParams, ZDriverParams } from '@/lib/api/driver-params';
import { ZStartSessionRequest } from '@/lib/sessions/session-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZChargeRequestResult, ZStartedSession, ZStoppedSession } from '../schemas/session-control';
import type { ZSessionDetail } from '../schemas/sessions';
import { EXAMPLE_SESSION_DETAIL } from './session-examples';

const signedIn = { kind: 'session-or-bearer' } as const;
const COMMAND = {
  commandId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  state: 'answered',
  ocppStatus: 'Accepted',
  error: null,
} as const;
const APPROVED: z.input<typeof ZSessionDetail> = {
  ...EXAMPLE_SESSION_DETAIL,
  status: 'APPROVED',
  transactionId: null,
  startedAt: null,
  energyWh: 0,
  cost: null,
  costMinor: null,
  meterValues: [],
  expiresAt: '2026-03-01T10:00:40.000Z',
};

/** Starting, stopping and requesting charging sessions. */
export const sessionControlEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sessions',
    operationId: 'startSession',
    tag: 'Sessions',
    summary: 'Start a session',
    description:
      'Sends RemoteStartTransaction to the station (by `stationId` or its OCPP identity `chargerId`) on the given connector, or the first free one. Accepted: the session, `APPROVED` until the car starts (then `CHARGING`). The charger’s answer is in `command`. Rejected or a CALLERROR is a 502, no answer a 504, an offline charger a 503: then no session is kept (the command stays as the audit trail, see the station’s commands). Unknown station 404; connector busy or station not Accepted 409. Drivers start with their own RFID tag (the first valid one unless `idTag` names one); operators must name `idTag`, and the session belongs to the tag’s driver. `metadata` is stored and returned as given.',
    auth: signedIn,
    body: ZStartSessionRequest,
    response: {
      status: 201,
      description: 'The charger accepted: the new session.',
      schema: ZStartedSession,
      example: { session: APPROVED, command: COMMAND },
    },
    errors: ['not_found', 'conflict', 'charger_rejected', 'charger_offline', 'charger_timeout'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/sessions/{id}/stop',
    operationId: 'stopSession',
    tag: 'Sessions',
    summary: 'Stop a session',
    description:
      'Sends RemoteStopTransaction. The session is finalised (`STOPPED`, stop reason Remote) and billed at its latest meter reading whatever the charger answers; `command` says what it answered (Accepted, Rejected, or state `offline`/`timeout`). When the charger’s own StopTransaction arrives later, its final meter reading replaces the provisional one and the cost is recomputed, never added to. A request not charging yet is cancelled instead (`command` null). A finished session is a 409; another driver’s session a 404.',
    auth: signedIn,
    params: ZIdParams,
    response: {
      description: 'The finalised session and the charger’s answer.',
      schema: ZStoppedSession,
      example: {
        session: {
          ...EXAMPLE_SESSION_DETAIL,
          status: 'STOPPED',
          stopReason: 'Remote',
          stoppedAt: '2026-03-01T10:30:00.000Z',
        },
        command: COMMAND,
      },
    },
    errors: ['not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/drivers/{driverId}/requests',
    operationId: 'requestCharge',
    tag: 'Drivers',
    summary: 'Request to charge',
    description:
      'The driver-facing flow: the request is always recorded so the driver can follow it. At a free connector it is started at once (`APPROVED`, or `DENIED` with the charger’s answer in `statusReason`). At a busy one it waits in that connector’s queue (`PENDING`, `session.queue` with position and estimated wait) and is started when the connector frees. Without a valid RFID tag it is `DENIED` with the reason. An approved start the car never takes up expires (`FAILED`). `driverId` is `me` or the driver’s id (a driver may use only their own: 403). A driver has one waiting request at a time (409).',
    auth: signedIn,
    params: ZDriverParams,
    body: ZStartSessionRequest,
    response: {
      status: 201,
      description: 'The request as recorded: approved, queued or denied.',
      schema: ZChargeRequestResult,
      example: {
        session: {
          ...APPROVED,
          status: 'PENDING',
          approvedAt: null,
          expiresAt: null,
          commands: [],
          queue: { position: 2, estimatedWaitSeconds: 3120 },
        },
      },
    },
    errors: ['forbidden', 'not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'DELETE',
    path: '/api/v1/drivers/{driverId}/requests/{id}',
    operationId: 'cancelChargeRequest',
    tag: 'Drivers',
    summary: 'Cancel a request',
    description:
      'Cancels a request that is not charging yet (waiting in the queue, or approved while the car has not started): `CANCELLED`. A charging session is a 409 (stop it instead).',
    auth: signedIn,
    params: ZDriverItemParams,
    response: {
      description: 'The cancelled request.',
      schema: ZChargeRequestResult,
      example: {
        session: {
          ...APPROVED,
          status: 'CANCELLED',
          statusReason: 'Cancelled by the driver',
          expiresAt: null,
        },
      },
    },
    errors: ['forbidden', 'not_found', 'conflict'],
  }),
];
