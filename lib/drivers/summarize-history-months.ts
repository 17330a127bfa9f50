import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, sites, stations } from '@/db/schema';
import { monthRange } from './history-months';
import {
  historyDurationSeconds,
  historyEnergyWh,
  historyTime,
  historyWhere,
} from './session-history-rows';
import type { TSessionHistoryFilters } from './session-history-query';

/** A session's currency: the final one, else its tariff's. */
const currencyOf = sql<
  string | null
>`coalesce(${sessions.currency}, ${sessions.tariffSnapshot}->>'currency')`;

export interface THistoryMonthTotals {
  sessions: number;
  energyWh: number;
  /** VAT included, in minor units of `currency`. */
  costMinor: number;
  /** The month's currency; null when nothing was priced. */
  currency: string | null;
  durationSeconds: number;
}

/**
 * Totals of whole months under the filters (not just the page shown), one query per month so
 * each month's bounds are its own zone-aware instants. Sessions priced in another currency than
 * the month's main one are counted but their cost is left out (a sum across currencies means
 * nothing); the main one is the currency most of the month's priced sessions used.
 */
export async function summarizeHistoryMonths(
  db: Executor,
  filters: TSessionHistoryFilters,
  months: string[],
): Promise<Map<string, THistoryMonthTotals>> {
  const timeZone = filters.timeZone ?? 'UTC';
  const entries = await Promise.all(
    months.map(async (month) => {
      const { start, end } = monthRange(month, timeZone);
      const rows = await db
        .select({
          currency: currencyOf,
          sessions: sql<number>`count(*)::int`,
          priced: sql<number>`count(${sessions.costMinor})::int`,
          energyWh: sql<number>`coalesce(sum(${historyEnergyWh}), 0)::float8`,
          costMinor: sql<number>`coalesce(sum(${sessions.costMinor}), 0)::float8`,
          durationSeconds: sql<number>`coalesce(sum(${historyDurationSeconds}), 0)::float8`,
        })
        .from(sessions)
        .innerJoin(stations, eq(stations.id, sessions.stationId))
        .leftJoin(sites, eq(sites.id, stations.siteId))
        .where(
          historyWhere(
            filters,
            and(
              gte(historyTime, sql`${start.toISOString()}::timestamptz`),
              lt(historyTime, sql`${end.toISOString()}::timestamptz`),
            ),
          ),
        )
        .groupBy(currencyOf);
      const main = rows
        .filter((row) => row.currency !== null && row.priced > 0)
        .sort(
          (a, b) => b.priced - a.priced || (a.currency ?? '').localeCompare(b.currency ?? ''),
        )[0];
      const totals: THistoryMonthTotals = {
        sessions: sum(rows.map((row) => row.sessions)),
        energyWh: sum(rows.map((row) => Number(row.energyWh))),
        costMinor: main ? Number(main.costMinor) : 0,
        currency: main?.currency ?? null,
        durationSeconds: sum(rows.map((row) => Number(row.durationSeconds))),
      };
      return [month, totals] as const;
    }),
  );
  return new Map(entries);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
