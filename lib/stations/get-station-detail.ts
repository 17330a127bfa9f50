import { desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, sites, stations } from '@/db/schema';
import { getSessionEnergyWh } from '@/lib/sessions/get-session-energy-wh';
import {
  listConnectorsWithSessions,
  type TConsoleConnector,
} from './list-connectors-with-sessions';

type TStationRow = typeof stations.$inferSelect;
type TSessionRow = typeof sessions.$inferSelect;

export const RECENT_SESSIONS_LIMIT = 10;

export interface TStationSession {
  id: string;
  transactionId: number | null;
  connectorId: number;
  idTag: string | null;
  status: TSessionRow['status'];
  startedAt: string | null;
  stoppedAt: string | null;
  energyWh: number;
  stopReason: string | null;
}

export interface TStationDetail {
  id: string;
  identity: string;
  name: string;
  vendor: string | null;
  model: string | null;
  serialNumber: string | null;
  firmwareVersion: string | null;
  ocppVersion: string;
  registrationStatus: TStationRow['registrationStatus'];
  /** What the charger was told at its last boot; differs from the above until it boots again. */
  bootStatus: TStationRow['bootStatus'];
  connectionState: TStationRow['connectionState'];
  nodeId: string | null;
  status: TStationRow['status'];
  errorCode: string | null;
  lastSeenAt: string | null;
  lastBootAt: string | null;
  connectedAt: string | null;
  site: { id: string; name: string; address: string; city: string } | null;
  connectors: TConsoleConnector[];
  recentSessions: TStationSession[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Everything the station page shows, or null for an unknown station. */
export async function getStationDetail(db: Executor, id: string): Promise<TStationDetail | null> {
  const [row] = await db
    .select({
      station: stations,
      site: { id: sites.id, name: sites.name, address: sites.address, city: sites.city },
    })
    .from(stations)
    .leftJoin(sites, eq(sites.id, stations.siteId))
    .where(eq(stations.id, id));
  if (!row) return null;
  const { station, site } = row;
  const [connectorsByStation, sessionRows] = await Promise.all([
    listConnectorsWithSessions(db, [station.id]),
    db
      .select()
      .from(sessions)
      .where(eq(sessions.stationId, station.id))
      .orderBy(desc(sessions.createdAt))
      .limit(RECENT_SESSIONS_LIMIT),
  ]);
  return {
    id: station.id,
    identity: station.identity,
    name: station.name,
    vendor: station.vendor,
    model: station.model,
    serialNumber: station.serialNumber,
    firmwareVersion: station.firmwareVersion,
    ocppVersion: station.ocppVersion,
    registrationStatus: station.registrationStatus,
    bootStatus: station.bootStatus,
    connectionState: station.connectionState,
    nodeId: station.nodeId,
    status: station.status,
    errorCode: station.errorCode,
    lastSeenAt: iso(station.lastSeenAt),
    lastBootAt: iso(station.lastBootAt),
    connectedAt: iso(station.connectedAt),
    site,
    connectors: connectorsByStation.get(station.id) ?? [],
    recentSessions: sessionRows.map((s) => ({
      id: s.id,
      transactionId: s.transactionId,
      connectorId: s.connectorId,
      idTag: s.idTag,
      status: s.status,
      startedAt: iso(s.startedAt),
      stoppedAt: iso(s.stoppedAt),
      energyWh: getSessionEnergyWh(s),
      stopReason: s.stopReason,
    })),
  };
}
