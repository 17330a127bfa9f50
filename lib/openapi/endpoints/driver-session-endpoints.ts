import type { z } from 'zod';
import { ZDriverItemParams, ZDriverParams } from '@/lib/api/driver-params';
import { ZPageQuery } from '@/lib/api/pagination';
import { ZCreateDriverVehicleRequest } from '@/lib/drivers/driver-vehicle-requests';
import { ZSessionHistoryFilters, ZSessionHistoryQuery } from '@/lib/drivers/session-history-query';
import {
  ZListNotificationsQuery,
  ZMarkNotificationsReadRequest,
} from '@/lib/notifications/notification-requests';
import { defineEndpoint, type TEndpoint } from '../endpoint';
import { ZVehicle, ZVehiclePage } from '../schemas/directory';
import {
  ZCurrentSessions,
  ZDriverStoppedSession,
  ZMarkNotificationsReadResult,
  ZNotificationPage,
  ZReceiptPdf,
  ZSessionHistory,
  ZSessionHistoryCsv,
  type ZHistoryItem,
} from '../schemas/driver-sessions';
import { DRIVER_ID } from './directory-common';
import { EXAMPLE_SESSION_DETAIL } from './session-examples';

const signedIn = { kind: 'session-or-bearer' } as const;
const FOR_DRIVER =
  '`driverId` is `me` or the driver’s id: a driver may use only their own (403), an operator any driver’s (unknown: 404).';

const HISTORY_ITEM: z.input<typeof ZHistoryItem> = {
  id: '0d9a8b7c-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
  transactionId: 1042,
  status: 'COMPLETED',
  statusReason: null,
  stopReason: 'EVDisconnected',
  station: {
    id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    identity: 'CP-HARBOUR-1',
    name: 'Harbour 1',
  },
  site: {
    id: '9b1d2c3e-4f50-4a61-8b72-93a4b5c6d7e8',
    name: 'Harbour',
    city: 'Hamburg',
    timeZone: 'Europe/Berlin',
  },
  connectorId: 1,
  connectorType: 'CCS2',
  vehicle: { id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', make: 'Volkswagen', model: 'ID.3' },
  startedAt: '2026-03-01T09:58:00.000Z',
  stoppedAt: '2026-03-01T10:40:00.000Z',
  energyWh: 24_310,
  durationSeconds: 2520,
  costMinor: 1142,
  currency: 'EUR',
  hasReceipt: true,
};

const NOTIFICATION = {
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  kind: 'session_finished' as const,
  title: 'Charging finished',
  body: '24.31 kWh at Harbour 1, 11.42 EUR.',
  sessionId: HISTORY_ITEM.id,
  stationId: HISTORY_ITEM.station.id,
  readAt: null,
  createdAt: '2026-03-01T10:40:01.000Z',
};

const VEHICLE = {
  id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
  userId: DRIVER_ID,
  make: 'Volkswagen',
  model: 'ID.3',
  batteryCapacityWh: 58_000,
  connectorTypes: ['Type2' as const, 'CCS2' as const],
  isDefault: true,
  createdAt: '2026-03-01T10:00:00.000Z',
};

/** A driver's own sessions, history, receipts, notifications and vehicles. */
export const driverSessionEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/sessions/current',
    operationId: 'listCurrentDriverSessions',
    tag: 'Drivers',
    summary: 'Current sessions',
    description: `The driver’s open requests and sessions (PENDING, with the queue place when waiting; APPROVED; CHARGING, with live energy and cost from the tariff engine), newest first, each in full. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    response: {
      description: 'The open sessions (often one, or none).',
      schema: ZCurrentSessions,
      example: { items: [EXAMPLE_SESSION_DETAIL] },
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/drivers/{driverId}/sessions/{id}/stop',
    operationId: 'stopDriverSession',
    tag: 'Drivers',
    summary: 'Stop a session',
    description: `Sends RemoteStopTransaction for the driver’s charging session: it is finalised (\`STOPPED\`) and billed at its latest meter reading whatever the charger answers; \`command\` says what it answered. A request not charging yet is cancelled instead (\`command\` null). A finished session is a 409; a session that is not this driver’s a 404. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverItemParams,
    response: {
      description: 'The finalised session and the charger’s answer.',
      schema: ZDriverStoppedSession,
      example: {
        session: {
          ...EXAMPLE_SESSION_DETAIL,
          status: 'STOPPED',
          stopReason: 'Remote',
          stoppedAt: '2026-03-01T10:30:00.000Z',
        },
        command: {
          commandId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
          state: 'answered',
          ocppStatus: 'Accepted',
          error: null,
        },
      },
    },
    errors: ['forbidden', 'not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/sessions/history',
    operationId: 'listDriverSessionHistory',
    tag: 'Drivers',
    summary: 'Session history',
    description: `The driver’s finished sessions (COMPLETED, STOPPED, FAILED), newest first (by start, or request time for one that never started), grouped by month in \`timeZone\` (IANA, default UTC; an unknown zone is a 400). Each month carries totals for the whole month under the same filters, not only the sessions on this page; a month split across pages appears on both with the same totals. Filters: \`from\` (inclusive) and \`to\` (exclusive) instants with an offset, \`vehicleId\`, \`siteId\`, \`city\`. Cursor-paginated over the sessions. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZSessionHistoryQuery,
    response: {
      description: 'One page of the history, by month.',
      schema: ZSessionHistory,
      example: {
        months: [
          {
            month: '2026-03',
            totals: {
              sessions: 7,
              energyWh: 161_200,
              costMinor: 7390,
              currency: 'EUR',
              durationSeconds: 19_800,
            },
            items: [HISTORY_ITEM],
          },
        ],
        nextCursor: 'eyJhdCI6IjIwMjYtMDMtMDEgMDk6NTg6MDArMDAiLCJpZCI6IjBkOWE4YjdjIn0',
      },
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/sessions/history/export',
    operationId: 'exportDriverSessionHistory',
    tag: 'Drivers',
    summary: 'Export the history as CSV',
    description: `Every finished session under the history filters as a CSV download (\`Content-Disposition: attachment; filename="chargedeck-sessions-YYYY-MM-DD.csv"\`), newest first. Times are ISO 8601 with the offset of \`timeZone\` (Z for UTC), energy in kWh with three decimals, cost as a decimal in its currency. Text that starts like a spreadsheet formula (= + - @) is prefixed with an apostrophe. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZSessionHistoryFilters,
    response: {
      description: 'The CSV file.',
      contentType: 'text/csv',
      schema: ZSessionHistoryCsv,
      example:
        'Session ID,Start,Stop,Station,Site,City,Connector,Energy (kWh),Duration (s),Cost,Currency,Vehicle,Stop reason\r\n0d9a8b7c-6e5f-4a3b-9c2d-1e0f9a8b7c6d,2026-03-01T10:58:00+01:00,2026-03-01T11:40:00+01:00,Harbour 1,Harbour,Hamburg,1 (CCS2),24.310,2520,11.42,EUR,Volkswagen ID.3,EVDisconnected\r\n',
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/sessions/{id}/receipt',
    operationId: 'getDriverSessionReceipt',
    tag: 'Drivers',
    summary: 'Download a PDF receipt',
    description: `The receipt of a finished session as a PDF (\`Content-Disposition: attachment; filename="receipt-<id>.pdf"\`): operator, site and address, charger and connector, start and stop on the site’s clock with its time zone, energy, each tariff line in words with quantity and net amount, subtotal, VAT with its rate, total, currency, session and transaction ids. A session charged without a tariff gets a receipt totalling 0 (free of charge). A session still open, or one that never started charging (denied, cancelled, failed before starting) has no receipt: 409. Not this driver’s session: 404. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverItemParams,
    response: {
      description: 'The PDF file.',
      contentType: 'application/pdf',
      schema: ZReceiptPdf,
      example: '%PDF-1.7 …',
    },
    errors: ['forbidden', 'not_found', 'conflict'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/notifications',
    operationId: 'listDriverNotifications',
    tag: 'Drivers',
    summary: 'List notifications',
    description: `What the driver was told about their requests and sessions (approved, denied, started, finished, failed, cancelled, queue place, charger offline), newest first; \`unread=true\` for unread ones only. \`unreadCount\` counts all unread ones whatever the page. Cursor-paginated. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZListNotificationsQuery,
    response: {
      description: 'One page of notifications and the unread count.',
      schema: ZNotificationPage,
      example: { items: [NOTIFICATION], nextCursor: null, unreadCount: 1 },
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/drivers/{driverId}/notifications/read',
    operationId: 'markDriverNotificationsRead',
    tag: 'Drivers',
    summary: 'Mark notifications read',
    description: `Marks the listed notifications read, or all of the driver’s when \`ids\` is left out (an empty list marks none). Ids that are not this driver’s are ignored. Already read ones keep their first read time. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    body: ZMarkNotificationsReadRequest,
    response: {
      description: 'How many changed, and how many are still unread.',
      schema: ZMarkNotificationsReadResult,
      example: { updated: 1, unreadCount: 0 },
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/drivers/{driverId}/vehicles',
    operationId: 'listDriverVehicles',
    tag: 'Drivers',
    summary: 'List the driver’s vehicles',
    description: `The driver’s vehicles by make and model; the default one is pre-selected when charging. Cursor-paginated. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    query: ZPageQuery,
    response: {
      description: 'One page of vehicles.',
      schema: ZVehiclePage,
      example: { items: [VEHICLE], nextCursor: null },
    },
    errors: ['forbidden', 'not_found'],
  }),
  defineEndpoint({
    method: 'POST',
    path: '/api/v1/drivers/{driverId}/vehicles',
    operationId: 'createDriverVehicle',
    tag: 'Drivers',
    summary: 'Add a vehicle',
    description: `Adds a vehicle for the driver. Their first vehicle becomes the default; \`isDefault: true\` unsets the others. ${FOR_DRIVER}`,
    auth: signedIn,
    params: ZDriverParams,
    body: ZCreateDriverVehicleRequest,
    response: { status: 201, description: 'The new vehicle.', schema: ZVehicle, example: VEHICLE },
    errors: ['forbidden', 'not_found'],
  }),
];
