import { z } from 'zod';
import { csvRecords } from '@/lib/drivers/csv';
import { ZAnalyticsQuery } from './analytics-range';
import type { TAnalytics } from './get-analytics';

export const ANALYTICS_EXPORT_KINDS = [
  'energy-per-day',
  'energy-per-site',
  'utilisation',
  'command-success',
  'errors',
] as const;
export type TAnalyticsExportKind = (typeof ANALYTICS_EXPORT_KINDS)[number];

export const ZAnalyticsExportQuery = ZAnalyticsQuery.extend({
  kind: z.enum(ANALYTICS_EXPORT_KINDS).describe('Which chart’s numbers'),
});

/** Shares as decimals with 4 places (0.1234 = 12.34 %); empty when unknown. */
const share = (value: number | null) => (value === null ? null : Number(value.toFixed(4)));

/** One chart's numbers as RFC 4180 CSV, the same figures the analytics page draws. */
export function toAnalyticsCsv(analytics: TAnalytics, kind: TAnalyticsExportKind): string {
  switch (kind) {
    case 'energy-per-day':
      return csvRecords([
        ['Day (UTC)', 'Energy (Wh)'],
        ...analytics.energy.perDay.map((d) => [d.day, d.energyWh]),
      ]);
    case 'energy-per-site':
      return csvRecords([
        ['Site ID', 'Site', 'Energy (Wh)'],
        ...analytics.energy.perSite.map((s) => [s.siteId, s.siteName, s.energyWh]),
      ]);
    case 'utilisation':
      return csvRecords([
        ['Station ID', 'Station', 'Connector', 'Occupied (s)', 'Utilisation'],
        ...analytics.utilisation.map((u) => [
          u.stationId,
          u.stationName,
          u.connectorId,
          u.occupiedS,
          share(u.share),
        ]),
      ]);
    case 'command-success':
      return csvRecords([
        ['Action', 'Finished', 'Accepted', 'Success rate'],
        ...analytics.commandSuccess.byAction.map((a) => [
          a.action,
          a.finished,
          a.accepted,
          share(a.rate),
        ]),
      ]);
    case 'errors': {
      const { errors } = analytics;
      return csvRecords([
        ['Type', 'Name', 'Count'],
        ...errors.chargerErrors.map((e) => ['charger', e.code, e.count]),
        ...Object.entries(errors.commands).map(([name, n]) => ['command', name, n]),
        ...errors.anomalies.map((a) => ['anomaly', a.kind, a.count]),
      ]);
    }
  }
}
