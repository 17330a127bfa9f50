import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, sites, stations, users } from '@/db/schema';
import type { TConsoleSessionCursor, TConsoleSessionFilters } from './console-session-filters';
import { getSessionEnergyWh } from './get-session-energy-wh';
import { sessionStartTime } from './session-read-item';

const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Console session rows: the columns a table and the CSV show, with station, site and driver.
 * Ordered like the sessions API, by start (request time for never-started ones): the
 * `sessions_list_order_idx` expression index keeps the unfiltered first page an index scan.
 */
export function selectConsoleSessionRows(db: Executor) {
  return db
    .select({
      id: sessions.id,
      transactionId: sessions.transactionId,
      status: sessions.status,
      statusReason: sessions.statusReason,
      connectorId: sessions.connectorId,
      idTag: sessions.idTag,
      createdAt: sessions.createdAt,
      startedAt: sessions.startedAt,
      stoppedAt: sessions.stoppedAt,
      energyWh: sessions.energyWh,
      meterStartWh: sessions.meterStartWh,
      meterStopWh: sessions.meterStopWh,
      lastMeterWh: sessions.lastMeterWh,
      costMinor: sessions.costMinor,
      currency: sql<
        string | null
      >`coalesce(${sessions.currency}, ${sessions.tariffSnapshot}->>'currency')`,
      stopReason: sessions.stopReason,
      station: { id: stations.id, identity: stations.identity, name: stations.name },
      site: { id: sites.id, name: sites.name },
      driver: { id: users.id, name: users.name, email: users.email },
      at: sql<string>`${sessionStartTime}::text`,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(users, eq(users.id, sessions.userId));
}

type TConsoleSessionRow = Awaited<ReturnType<typeof selectConsoleSessionRows>>[number];

/** The filters (and the keyset position) as one `where`. */
export function consoleSessionWhere(
  filters: TConsoleSessionFilters,
  cursor?: TConsoleSessionCursor,
): SQL | undefined {
  return and(
    filters.status ? inArray(sessions.status, filters.status) : undefined,
    filters.stationId ? eq(sessions.stationId, filters.stationId) : undefined,
    filters.siteId ? eq(stations.siteId, filters.siteId) : undefined,
    filters.userId ? eq(sessions.userId, filters.userId) : undefined,
    filters.from ? gte(sessionStartTime, instant(filters.from)) : undefined,
    filters.to ? lt(sessionStartTime, instant(filters.to)) : undefined,
    cursor
      ? sql`(${sessionStartTime}, ${sessions.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : undefined,
  );
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toConsoleSessionItem(row: TConsoleSessionRow) {
  return {
    id: row.id,
    transactionId: row.transactionId,
    status: row.status,
    statusReason: row.statusReason,
    station: row.station,
    site: row.site,
    driver: row.driver,
    connectorId: row.connectorId,
    idTag: row.idTag,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    stoppedAt: iso(row.stoppedAt),
    energyWh: getSessionEnergyWh(row),
    costMinor: row.costMinor,
    currency: row.currency,
    stopReason: row.stopReason,
  };
}

export type TConsoleSessionItem = ReturnType<typeof toConsoleSessionItem>;
