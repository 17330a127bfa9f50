import type { Executor } from '@/db/client';
import { decodeCursor } from '@/lib/api/cursor';
import { csvRecords } from '@/lib/drivers/csv';
import { formatKwh, formatMinorUnits } from '@/lib/receipts/format-money';
import { ZConsoleSessionCursor, type TConsoleSessionFilters } from './console-session-filters';
import type { TConsoleSessionItem } from './console-session-rows';
import { listConsoleSessions } from './list-console-sessions';

export const CONSOLE_SESSION_CSV_HEADER = [
  'Session ID',
  'Transaction ID',
  'Status',
  'Created',
  'Start',
  'Stop',
  'Station',
  'Site',
  'Connector',
  'Driver',
  'Driver email',
  'Id tag',
  'Energy (kWh)',
  'Cost',
  'Currency',
  'Stop reason',
];

function toRecord(item: TConsoleSessionItem): (string | number | null)[] {
  return [
    item.id,
    item.transactionId,
    item.status,
    item.createdAt,
    item.startedAt,
    item.stoppedAt,
    item.station.identity,
    item.site?.name ?? null,
    item.connectorId,
    item.driver?.name ?? null,
    item.driver?.email ?? null,
    item.idTag,
    formatKwh(item.energyWh),
    item.costMinor === null ? null : formatMinorUnits(item.costMinor, item.currency),
    item.costMinor === null ? null : item.currency,
    item.stopReason ?? item.statusReason,
  ];
}

/**
 * The filtered sessions as RFC 4180 CSV chunks, newest first: the header, then one chunk per
 * keyset batch, so a million rows stream without ever sitting in memory together.
 */
export async function* streamConsoleSessionsCsv(
  db: Executor,
  filters: TConsoleSessionFilters,
  batchSize = 1000,
): AsyncGenerator<string> {
  yield csvRecords([CONSOLE_SESSION_CSV_HEADER]);
  let cursor: string | null = null;
  do {
    const page = await listConsoleSessions(db, {
      ...filters,
      cursor: decodeCursor(ZConsoleSessionCursor, cursor ?? undefined),
      limit: batchSize,
    });
    if (page.items.length > 0) yield csvRecords(page.items.map(toRecord));
    cursor = page.nextCursor;
  } while (cursor);
}
