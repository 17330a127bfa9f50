import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { formatKwh, formatMinorUnits } from '@/lib/receipts/format-money';
import { csvRecords } from './csv';
import { formatZonedIso } from './format-zoned-iso';
import type { THistoryCursor, TSessionHistoryFilters } from './session-history-query';
import {
  historyAfter,
  historyTime,
  historyWhere,
  selectHistoryRows,
  toHistoryItem,
  type THistoryItem,
} from './session-history-rows';

const HEADER = [
  'Session ID',
  'Start',
  'Stop',
  'Station',
  'Site',
  'City',
  'Connector',
  'Energy (kWh)',
  'Duration (s)',
  'Cost',
  'Currency',
  'Vehicle',
  'Stop reason',
];

/** Rows are read in batches so a long history never sits in one result set. */
const BATCH = 500;

function toRecord(item: THistoryItem, timeZone: string): (string | number | null)[] {
  const at = (value: string | null) => (value ? formatZonedIso(new Date(value), timeZone) : null);
  return [
    item.id,
    at(item.startedAt),
    at(item.stoppedAt),
    item.station.name,
    item.site?.name ?? null,
    item.site?.city ?? null,
    item.connectorType ? `${item.connectorId} (${item.connectorType})` : String(item.connectorId),
    formatKwh(item.energyWh),
    item.durationSeconds,
    item.costMinor === null ? null : formatMinorUnits(item.costMinor, item.currency),
    item.costMinor === null ? null : item.currency,
    item.vehicle ? `${item.vehicle.make} ${item.vehicle.model}` : null,
    item.stopReason ?? item.statusReason,
  ];
}

/**
 * The driver's finished sessions under the history filters as CSV (RFC 4180, CRLF), newest
 * first: a header, then one row per session, times in the filters' zone (UTC by default).
 */
export async function exportSessionHistoryCsv(
  db: Executor,
  filters: TSessionHistoryFilters,
): Promise<string> {
  const timeZone = filters.timeZone ?? 'UTC';
  const records: (string | number | null)[][] = [HEADER];
  let cursor: THistoryCursor | undefined;
  for (;;) {
    const rows = await selectHistoryRows(db)
      .where(historyWhere(filters, historyAfter(cursor)))
      .orderBy(desc(historyTime), desc(sessions.id))
      .limit(BATCH);
    for (const row of rows) records.push(toRecord(toHistoryItem(row), timeZone));
    const last = rows.at(-1);
    if (rows.length < BATCH || !last) break;
    cursor = { at: last.at, id: last.session.id };
  }
  return csvRecords(records);
}
