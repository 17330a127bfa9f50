import { z } from 'zod';
import { ZIsoDateTime } from './common';

const ZShare = z.number().min(0).max(1).nullable().describe('0–1; null when nothing was counted');
const ZCount = z.number().int().min(0);

export const ZAnalytics = z
  .object({
    from: ZIsoDateTime,
    to: ZIsoDateTime,
    siteId: z.uuid().nullable(),
    commandSuccess: z.object({
      overall: ZShare,
      byAction: z.array(
        z.object({
          action: z.string(),
          finished: ZCount.describe('Commands no longer queued or in flight'),
          accepted: ZCount.describe(
            'Answered with an accepting status (or none, e.g. GetConfiguration)',
          ),
          rate: ZShare,
        }),
      ),
    }),
    sessions: z.object({
      started: ZCount.describe('Sessions that started charging in the range'),
      ended: ZCount.describe('Of those, COMPLETED or STOPPED'),
      completionRate: ZShare,
      averageDurationS: z.number().nullable(),
      averageEnergyWh: z.number().nullable(),
      unlockRequests: ZCount.describe('UnlockConnector commands sent in the range'),
      unlocksPer100Sessions: z.number().nullable(),
    }),
    errors: z.object({
      chargerErrors: z
        .array(z.object({ code: z.string(), count: ZCount }))
        .describe('StatusNotification errorCodes other than NoError'),
      commands: z.object({
        rejected: ZCount.describe('Rejected, UnlockFailed or NotSupported'),
        timeout: ZCount,
        offline: ZCount,
        failed: ZCount.describe('CALLERROR'),
      }),
      commandErrorRate: ZShare,
      anomalies: z.array(z.object({ kind: z.string(), count: ZCount })),
    }),
    energy: z.object({
      perDay: z
        .array(z.object({ day: z.iso.date(), energyWh: z.number() }))
        .describe('Every UTC day of the range, by the day sessions started'),
      perSite: z.array(
        z.object({
          siteId: z.uuid().nullable(),
          siteName: z.string().nullable(),
          energyWh: z.number(),
        }),
      ),
    }),
    utilisation: z
      .array(
        z.object({
          stationId: z.uuid(),
          stationName: z.string(),
          connectorId: z.number().int(),
          occupiedS: ZCount,
          share: z.number().min(0).max(1),
        }),
      )
      .describe('Per connector: time occupied by sessions within the range ÷ the range'),
  })
  .meta({
    id: 'Analytics',
    description: 'The console’s KPIs for a range and optionally one site.',
  });

export const ZAnalyticsCsv = z
  .string()
  .describe(
    'RFC 4180 CSV (CRLF) with a header row. energy-per-day: Day (UTC), Energy (Wh); energy-per-site: Site ID, Site, Energy (Wh); utilisation: Station ID, Station, Connector, Occupied (s), Utilisation (0–1); command-success: Action, Finished, Accepted, Success rate (0–1); errors: Type (charger, command, anomaly), Name, Count',
  );
