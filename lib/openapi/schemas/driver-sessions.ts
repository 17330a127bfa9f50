import { z } from 'zod';
import { notificationKind } from '@/db/schema';
import { ZCommandResult } from '@/lib/api/command-result';
import type { TSessionHistory } from '@/lib/drivers/list-session-history';
import type { TNotificationPage } from '@/lib/notifications/list-notifications';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';
import { ZIsoDateTime } from './common';
import { ZConnectorType } from './public';
import { ZSessionDetail } from './sessions';

export const ZCurrentSessions = z
  .object({
    items: z
      .array(ZSessionDetail)
      .describe('Open requests and sessions (PENDING, APPROVED, CHARGING), newest first'),
  })
  .meta({ id: 'CurrentSessions' });

/** POST /drivers/{driverId}/sessions/{id}/stop: as POST /sessions/{id}/stop answers. */
export const ZDriverStoppedSession = z
  .object({ session: ZSessionDetail, command: ZCommandResult.nullable() })
  .meta({ id: 'DriverStoppedSession' });

export const ZHistoryItem = z
  .object({
    id: z.uuid(),
    transactionId: z.number().int().nullable(),
    status: z.enum(['COMPLETED', 'STOPPED', 'FAILED']),
    statusReason: z.string().nullable().describe('Why it failed, in words'),
    stopReason: z.string().nullable().describe('OCPP stop reason, e.g. EVDisconnected, Remote'),
    station: z.object({ id: z.uuid(), identity: z.string(), name: z.string() }),
    site: z
      .object({ id: z.uuid(), name: z.string(), city: z.string(), timeZone: z.string() })
      .nullable(),
    connectorId: z.number().int().describe('The OCPP connector number'),
    connectorType: ZConnectorType.nullable(),
    vehicle: z.object({ id: z.uuid(), make: z.string(), model: z.string() }).nullable(),
    startedAt: ZIsoDateTime.nullable().describe('Null for a request that failed before starting'),
    stoppedAt: ZIsoDateTime.nullable(),
    energyWh: z.number().int(),
    durationSeconds: z.number().int().min(0).describe('Start to stop, whole seconds'),
    costMinor: z
      .number()
      .int()
      .nullable()
      .describe('Final cost in minor units, VAT included; null when no tariff applied'),
    currency: z.string().nullable(),
    hasReceipt: z.boolean().describe('GET …/sessions/{id}/receipt answers a PDF'),
  })
  .meta({ id: 'HistoryItem' });

export const ZHistoryMonthTotals = z
  .object({
    sessions: z.number().int(),
    energyWh: z.number().int(),
    costMinor: z
      .number()
      .int()
      .describe('Minor units of `currency`, VAT included; sessions in another currency left out'),
    currency: z
      .string()
      .nullable()
      .describe('The currency most of the month’s priced sessions used; null if none was priced'),
    durationSeconds: z.number().int(),
  })
  .meta({ id: 'HistoryMonthTotals' });

export const ZSessionHistory = z
  .object({
    months: z.array(
      z.object({
        month: z
          .string()
          .regex(/^\d{4}-\d{2}$/)
          .describe('YYYY-MM in the requested time zone'),
        totals: ZHistoryMonthTotals.describe(
          'The whole month under the filters, not only the sessions on this page',
        ),
        items: z.array(ZHistoryItem),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'SessionHistory' });

export const ZSessionHistoryCsv = z
  .string()
  .describe(
    'RFC 4180 CSV (CRLF): a header, then one row per session: Session ID, Start, Stop (ISO 8601 with the zone’s offset), Station, Site, City, Connector, Energy (kWh, 3 decimals), Duration (s), Cost (decimal), Currency, Vehicle, Stop reason',
  );

export const ZReceiptPdf = z.string().describe('A PDF document (binary)');

export const ZNotification = z
  .object({
    id: z.uuid(),
    kind: z.enum(notificationKind.enumValues),
    title: z.string(),
    body: z.string(),
    sessionId: z.uuid().nullable(),
    stationId: z.uuid().nullable(),
    readAt: ZIsoDateTime.nullable().describe('Null while unread'),
    createdAt: ZIsoDateTime,
  })
  .meta({ id: 'Notification' });

export const ZNotificationPage = z
  .object({
    items: z.array(ZNotification),
    nextCursor: z.string().nullable(),
    unreadCount: z.number().int().min(0).describe('All unread notifications of the driver'),
  })
  .meta({ id: 'NotificationPage' });

export const ZMarkNotificationsReadResult = z
  .object({
    updated: z.number().int().min(0).describe('How many were unread and are now read'),
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: 'MarkNotificationsReadResult' });

/** Compiles only when every value of type `Actual` fits the documented schema's type. */
type TFits<Documented, Actual extends Documented> = Actual;

/** The data functions' return types checked against these schemas at `tsc` time. */
export type TDocumentedDriverSessionTypes = [
  TFits<z.output<typeof ZCurrentSessions>, { items: TSessionDetail[] }>,
  TFits<z.output<typeof ZSessionHistory>, TSessionHistory>,
  TFits<z.output<typeof ZNotificationPage>, TNotificationPage>,
];
