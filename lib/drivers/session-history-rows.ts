import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, sessions, sites, stations, vehicles } from '@/db/schema';
import { getSessionEnergyWh } from '@/lib/sessions/get-session-energy-wh';
import type { THistoryCursor, TSessionHistoryFilters } from './session-history-query';

/** Sessions that are over and belong in the history (never-started requests do not). */
export const FINISHED_SESSION_STATUSES = ['COMPLETED', 'STOPPED', 'FAILED'] as const;

/** When a session counts as having happened: its start, or its request if it never started. */
export const historyTime = sql`coalesce(${sessions.startedAt}, ${sessions.createdAt})`;

/** Wh delivered, as getSessionEnergyWh reads it, for SQL sums. */
export const historyEnergyWh = sql`greatest(${sessions.energyWh}, coalesce(coalesce(${sessions.meterStopWh}, ${sessions.lastMeterWh}) - ${sessions.meterStartWh}, 0), 0)`;

/** Whole seconds from start to stop; 0 for a session that never started. */
export const historyDurationSeconds = sql`coalesce(greatest(0, floor(extract(epoch from (${sessions.stoppedAt} - ${sessions.startedAt})))), 0)`;

const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * The driver's finished sessions under the filters, as a `where`: ownership first, so no filter
 * combination can reach another driver's rows.
 */
export function historyWhere(filters: TSessionHistoryFilters, extra?: SQL): SQL | undefined {
  return and(
    eq(sessions.userId, filters.driverId),
    inArray(sessions.status, [...FINISHED_SESSION_STATUSES]),
    filters.from ? gte(historyTime, instant(filters.from)) : undefined,
    filters.to ? lt(historyTime, instant(filters.to)) : undefined,
    filters.vehicleId ? eq(sessions.vehicleId, filters.vehicleId) : undefined,
    filters.siteId ? eq(stations.siteId, filters.siteId) : undefined,
    filters.city ? sql`lower(${sites.city}) = lower(${filters.city})` : undefined,
    extra,
  );
}

/** Rows after the cursor in newest-first order (time, then id, so equal times stay stable). */
export function historyAfter(cursor: THistoryCursor | undefined): SQL | undefined {
  return cursor
    ? sql`(${historyTime}, ${sessions.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
}

/** Sessions joined with what the history shows; callers add where, order and limit. */
export function selectHistoryRows(db: Executor) {
  return db
    .select({
      session: sessions,
      station: { id: stations.id, identity: stations.identity, name: stations.name },
      site: {
        id: sites.id,
        name: sites.name,
        city: sites.city,
        timeZone: sites.timeZone,
      },
      connectorType: connectors.type,
      vehicle: { id: vehicles.id, make: vehicles.make, model: vehicles.model },
      at: sql<string>`${historyTime}::text`,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .leftJoin(
      connectors,
      and(
        eq(connectors.stationId, sessions.stationId),
        eq(connectors.connectorId, sessions.connectorId),
      ),
    )
    .leftJoin(vehicles, eq(vehicles.id, sessions.vehicleId));
}

type THistoryRow = Awaited<ReturnType<typeof selectHistoryRows>>[number];

/** One finished session as the history, the CSV and the UI show it. */
export interface THistoryItem {
  id: string;
  transactionId: number | null;
  status: (typeof FINISHED_SESSION_STATUSES)[number];
  statusReason: string | null;
  stopReason: string | null;
  station: THistoryRow['station'];
  site: { id: string; name: string; city: string; timeZone: string } | null;
  connectorId: number;
  connectorType: THistoryRow['connectorType'];
  vehicle: { id: string; make: string; model: string } | null;
  startedAt: string | null;
  stoppedAt: string | null;
  energyWh: number;
  durationSeconds: number;
  /** The final cost, VAT included, in minor units; null when no tariff applied. */
  costMinor: number | null;
  currency: string | null;
  /** A receipt can be downloaded: the session charged and its cost is final. */
  hasReceipt: boolean;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toHistoryItem(row: THistoryRow): THistoryItem {
  const { session } = row;
  const started = session.startedAt?.getTime();
  const stopped = session.stoppedAt?.getTime();
  return {
    id: session.id,
    transactionId: session.transactionId,
    status: session.status as THistoryItem['status'],
    statusReason: session.statusReason,
    stopReason: session.stopReason,
    station: row.station,
    site: row.site?.id ? row.site : null,
    connectorId: session.connectorId,
    connectorType: row.connectorType,
    vehicle: row.vehicle?.id ? row.vehicle : null,
    startedAt: iso(session.startedAt),
    stoppedAt: iso(session.stoppedAt),
    energyWh: getSessionEnergyWh(session),
    durationSeconds:
      started !== undefined && stopped !== undefined
        ? Math.max(0, Math.floor((stopped - started) / 1000))
        : 0,
    costMinor: session.costMinor,
    currency: session.currency ?? session.tariffSnapshot?.currency ?? null,
    hasReceipt:
      session.startedAt !== null &&
      (session.costBreakdown !== null || session.tariffSnapshot === null),
  };
}
