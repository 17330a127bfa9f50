import { z } from 'zod';
import { ZConsoleSessionFilters } from '@/lib/sessions/console-session-filters';
import { defineEndpoint, type TEndpoint } from '../endpoint';

const operator = { kind: 'session-or-bearer', role: 'operator' } as const;

const ZConsoleSessionsCsv = z
  .string()
  .describe(
    'RFC 4180 CSV (CRLF): a header, then one row per session: Session ID, Transaction ID, Status, Created, Start, Stop (ISO 8601 UTC), Station (identity), Site, Connector, Driver, Driver email, Id tag, Energy (kWh, 3 decimals), Cost (decimal), Currency, Stop reason',
  );

/** The operator console's session export. */
export const consoleSessionEndpoints: TEndpoint[] = [
  defineEndpoint({
    method: 'GET',
    path: '/api/v1/sessions/export',
    operationId: 'exportSessions',
    tag: 'Sessions',
    summary: 'Export sessions as CSV',
    description:
      'Every session under the console filters (status comma-separated, site, station, driver, and a start-time range (request time for sessions that never started): `from`/`to` as a UTC day `YYYY-MM-DD` or an ISO 8601 instant; a day as `to` includes that whole day) as a CSV download (`Content-Disposition: attachment; filename="chargedeck-console-sessions-YYYY-MM-DD.csv"`), newest first, streamed in batches. Text that starts like a spreadsheet formula (= + - @) is prefixed with an apostrophe. Operators and admins only.',
    auth: operator,
    query: ZConsoleSessionFilters,
    response: {
      description: 'The CSV file.',
      contentType: 'text/csv',
      schema: ZConsoleSessionsCsv,
      example:
        'Session ID,Transaction ID,Status,Created,Start,Stop,Station,Site,Connector,Driver,Driver email,Id tag,Energy (kWh),Cost,Currency,Stop reason\r\n0d9a8b7c-6e5f-4a3b-9c2d-1e0f9a8b7c6d,1042,COMPLETED,2026-03-01T09:57:10.000Z,2026-03-01T09:58:00.000Z,2026-03-01T10:40:00.000Z,CP-HARBOUR-1,Harbour,1,Ada Driver,ada@example.com,RFID-0042,24.310,11.42,EUR,EVDisconnected\r\n',
    },
  }),
];
