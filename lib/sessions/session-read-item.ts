import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, sites, stations } from '@/db/schema';
import { getSessionEnergyWh } from './get-session-energy-wh';

type TSessionRow = typeof sessions.$inferSelect;

/** One session as lists show it; the detail adds to it. */
export interface TSessionListItem {
  id: string;
  transactionId: number | null;
  status: TSessionRow['status'];
  statusReason: string | null;
  station: { id: string; identity: string; name: string };
  site: { id: string; name: string } | null;
  connectorId: number;
  idTag: string | null;
  userId: string | null;
  vehicleId: string | null;
  metadata: Record<string, unknown>;
  createdAt: string;
  startedAt: string | null;
  stoppedAt: string | null;
  energyWh: number;
  /** The final cost (VAT included) once finalised; lists leave a running session's at null. */
  costMinor: number | null;
  currency: string | null;
  stopReason: string | null;
}

/** When a session counts as having happened: its start, or its request for never-started ones. */
export const sessionStartTime = sql`coalesce(${sessions.startedAt}, ${sessions.createdAt})`;

/** Sessions with the station and site they ran at; callers add the where, order and limit. */
export function selectSessionItems(db: Executor) {
  return db
    .select({
      session: sessions,
      station: { id: stations.id, identity: stations.identity, name: stations.name },
      site: { id: sites.id, name: sites.name },
      at: sql<string>`${sessionStartTime}::text`,
    })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .leftJoin(sites, eq(sites.id, stations.siteId));
}

export type TSessionItemRow = Awaited<ReturnType<typeof selectSessionItems>>[number];

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toSessionListItem({ session, station, site }: TSessionItemRow): TSessionListItem {
  return {
    id: session.id,
    transactionId: session.transactionId,
    status: session.status,
    statusReason: session.statusReason,
    station,
    site,
    connectorId: session.connectorId,
    idTag: session.idTag,
    userId: session.userId,
    vehicleId: session.vehicleId,
    metadata: session.metadata,
    createdAt: session.createdAt.toISOString(),
    startedAt: iso(session.startedAt),
    stoppedAt: iso(session.stoppedAt),
    energyWh: getSessionEnergyWh(session),
    costMinor: session.costMinor,
    currency: session.currency ?? session.tariffSnapshot?.currency ?? null,
    stopReason: session.stopReason,
  };
}
