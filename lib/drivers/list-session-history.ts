import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions } from '@/db/schema';
import { decodeCursor, encodeCursor } from '@/lib/api/cursor';
import { monthOf } from './history-months';
import { ZHistoryCursor, type TSessionHistoryFilters } from './session-history-query';
import {
  historyAfter,
  historyTime,
  historyWhere,
  selectHistoryRows,
  toHistoryItem,
  type THistoryItem,
} from './session-history-rows';
import { summarizeHistoryMonths, type THistoryMonthTotals } from './summarize-history-months';

export type { THistoryItem } from './session-history-rows';
export type { THistoryMonthTotals } from './summarize-history-months';

export interface THistoryMonth {
  /** `YYYY-MM` in the requested time zone. */
  month: string;
  /** The whole month under the filters, whichever of its sessions this page shows. */
  totals: THistoryMonthTotals;
  items: THistoryItem[];
}

export interface TSessionHistory {
  months: THistoryMonth[];
  nextCursor: string | null;
}

export type TListSessionHistoryOptions = TSessionHistoryFilters & {
  /** The previous page's nextCursor (opaque); a malformed one is a 400 ApiError. */
  cursor?: string | undefined;
  limit?: number | undefined;
};

/**
 * A driver's finished sessions (COMPLETED, STOPPED, FAILED), newest first, grouped by month in
 * the given time zone, with each month's totals. Pages by cursor over the sessions; a month cut
 * by a page boundary appears on both pages with the same totals.
 */
export async function listSessionHistory(
  db: Executor,
  options: TListSessionHistoryOptions,
): Promise<TSessionHistory> {
  const limit = options.limit ?? 50;
  const timeZone = options.timeZone ?? 'UTC';
  const cursor = decodeCursor(ZHistoryCursor, options.cursor);
  const rows = await selectHistoryRows(db)
    .where(historyWhere(options, historyAfter(cursor)))
    .orderBy(desc(historyTime), desc(sessions.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);

  const grouped = new Map<string, THistoryItem[]>();
  for (const row of page) {
    const month = monthOf(row.session.startedAt ?? row.session.createdAt, timeZone);
    grouped.set(month, [...(grouped.get(month) ?? []), toHistoryItem(row)]);
  }
  const totals = await summarizeHistoryMonths(db, { ...options, timeZone }, [...grouped.keys()]);
  return {
    months: [...grouped].map(([month, items]) => ({
      month,
      totals: totals.get(month) ?? {
        sessions: 0,
        energyWh: 0,
        costMinor: 0,
        currency: null,
        durationSeconds: 0,
      },
      items,
    })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.at, id: last.session.id }) : null,
  };
}
