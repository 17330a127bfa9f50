import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '@/db/client';
import { connectors, sessions, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { OPEN_SESSION_STATUSES, STARTABLE_CONNECTOR_STATUSES } from './session-states';

export interface TStationRef {
  stationId?: string | undefined;
  /** The charge point identity, for callers who know the charger by its OCPP name. */
  chargerId?: string | undefined;
}

export interface TConnectorChoice {
  stationId: string;
  connectorId: number;
  /** False when the connector is occupied, out of order or already has a queue. */
  free: boolean;
  /** An open session holds it (a request being started, approved or charging). */
  occupied: boolean;
  /** Requests wait in its queue. */
  queued: boolean;
  /** As the charger last reported it. */
  status: string;
}

/**
 * Locks the station row (so two starts on one station are decided one after the other) and
 * picks the connector: the one asked for, else the lowest-numbered free one, else (so a request
 * can queue) the lowest-numbered connector. A connector is free when the charger reports it
 * startable (unknown while it is offline), no open session holds it and nobody is queued for
 * it. Throws 404 for an unknown
 * station or connector and 409 for a station whose registration is not Accepted.
 */
export async function claimConnector(
  tx: Transaction,
  ref: TStationRef,
  connectorId: number | undefined,
): Promise<TConnectorChoice> {
  const station = await lockStation(tx, ref);
  if (!station) throw new ApiError('not_found', 'Station not found');
  if (station.registrationStatus !== 'Accepted') {
    throw new ApiError(
      'conflict',
      `The station is not accepted (its registration is ${station.registrationStatus})`,
    );
  }
  const rows = await tx
    .select({
      connectorId: connectors.connectorId,
      status: connectors.status,
      occupied: sql<boolean>`exists (
        select 1 from ${sessions} s
        where s.station_id = connectors.station_id and s.connector_id = connectors.connector_id
          and s.status in ${OPEN_SESSION_STATUSES} and s.queued_at is null
      )`,
      queued: sql<boolean>`exists (
        select 1 from ${sessions} s
        where s.station_id = connectors.station_id and s.connector_id = connectors.connector_id
          and s.status = 'PENDING' and s.queued_at is not null
      )`,
    })
    .from(connectors)
    .where(
      and(
        eq(connectors.stationId, station.id),
        connectorId === undefined ? undefined : eq(connectors.connectorId, connectorId),
      ),
    )
    .orderBy(asc(connectors.connectorId));
  if (rows.length === 0) {
    throw new ApiError(
      'not_found',
      connectorId === undefined ? 'The station has no connectors' : 'Connector not found',
    );
  }
  // An offline charger's connector states are stale: the start is tried and ends Offline.
  const online = station.connectionState === 'online';
  const isFree = (row: (typeof rows)[number]) =>
    !row.occupied && !row.queued && (!online || isStartable(row.status));
  const chosen = rows.find(isFree) ?? rows[0]!;
  return {
    stationId: station.id,
    connectorId: chosen.connectorId,
    free: isFree(chosen),
    occupied: chosen.occupied,
    queued: chosen.queued,
    status: chosen.status,
  };
}

async function lockStation(tx: Transaction, ref: TStationRef) {
  const byId = ref.stationId !== undefined;
  if (byId && !z.uuid().safeParse(ref.stationId).success) return undefined;
  const [station] = await tx
    .select({
      id: stations.id,
      registrationStatus: stations.registrationStatus,
      connectionState: stations.connectionState,
    })
    .from(stations)
    .where(byId ? eq(stations.id, ref.stationId!) : eq(stations.identity, ref.chargerId ?? ''))
    .for('update');
  return station;
}

export function isStartable(status: string): boolean {
  return (STARTABLE_CONNECTOR_STATUSES as readonly string[]).includes(status);
}
