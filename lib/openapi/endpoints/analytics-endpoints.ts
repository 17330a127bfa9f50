import { ZAnalyticsQuery } from '@/lib/analytics/analytics-range';
import { ZAnalyticsExportQuery } from '@/lib/analytics/to-analytics-csv';
import { defineEndpoint } from '../endpoint';
import { ZAnalytics, ZAnalyticsCsv } from '../schemas/analytics';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;
const RANGE = `\`from\` (inclusive) and \`to\` (exclusive) are ISO 8601 instants with an offset; the default is the 30 days up to now, at most 366 days. Days are UTC. Sessions count in the range they started in; commands, StatusNotification frames and anomalies by when they were recorded. A reversed or too long range is 400.`;

/** The KPIs behind the console's analytics page, as JSON and per chart as CSV. */
export const analyticsEndpoints = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/analytics',
    operationId: 'getAnalytics',
    tag: 'Analytics',
    summary: 'Network KPIs',
    description: `OCPP command success by action, session completion rate, average duration and energy, unlock requests per 100 sessions, errors by type, energy per day and per site, utilisation per connector, for a range and optionally one site (\`siteId\`). ${RANGE}`,
    auth: operator,
    query: ZAnalyticsQuery,
    response: {
      description: 'The KPIs.',
      schema: ZAnalytics,
      example: {
        from: '2026-03-01T00:00:00.000Z',
        to: '2026-03-03T00:00:00.000Z',
        siteId: null,
        commandSuccess: {
          overall: 0.75,
          byAction: [
            { action: 'RemoteStartTransaction', finished: 3, accepted: 3, rate: 1 },
            { action: 'UnlockConnector', finished: 1, accepted: 0, rate: 0 },
          ],
        },
        sessions: {
          started: 4,
          ended: 3,
          completionRate: 0.75,
          averageDurationS: 4800,
          averageEnergyWh: 11666.7,
          unlockRequests: 1,
          unlocksPer100Sessions: 25,
        },
        errors: {
          chargerErrors: [{ code: 'GroundFailure', count: 2 }],
          commands: { rejected: 1, timeout: 0, offline: 0, failed: 0 },
          commandErrorRate: 0.25,
          anomalies: [{ kind: 'meter_backwards', count: 1 }],
        },
        energy: {
          perDay: [
            { day: '2026-03-01', energyWh: 35000 },
            { day: '2026-03-02', energyWh: 3000 },
          ],
          perSite: [
            {
              siteId: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
              siteName: 'Harbour',
              energyWh: 38000,
            },
          ],
        },
        utilisation: [
          {
            stationId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
            stationName: 'Harbour 1',
            connectorId: 1,
            occupiedS: 10800,
            share: 0.0625,
          },
        ],
      },
    },
    errors: ['bad_request'],
  }),
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/analytics/export',
    operationId: 'exportAnalytics',
    tag: 'Analytics',
    summary: 'Export one chart as CSV',
    description: `The numbers behind one analytics chart (\`kind\`) as a CSV download (\`Content-Disposition: attachment; filename="chargedeck-<kind>-<from>-<to>.csv"\`). ${RANGE}`,
    auth: operator,
    query: ZAnalyticsExportQuery,
    response: {
      description: 'The CSV file.',
      contentType: 'text/csv',
      schema: ZAnalyticsCsv,
      example: 'Day (UTC),Energy (Wh)\r\n2026-03-01,35000\r\n2026-03-02,3000\r\n',
    },
    errors: ['bad_request'],
  }),
];
