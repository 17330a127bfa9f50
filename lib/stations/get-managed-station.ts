import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, stations } from '@/db/schema';

type TStationRow = typeof stations.$inferSelect;
type TConnectorRow = typeof connectors.$inferSelect;

/** A connector as the operator configures it (its live status included, for context). */
export type TManagedConnector = Pick<
  TConnectorRow,
  'connectorId' | 'type' | 'maxPowerW' | 'status'
>;

/** What an operator sets on a station, plus enough state to see what they are changing. */
export type TManagedStation = Pick<
  TStationRow,
  | 'id'
  | 'identity'
  | 'name'
  | 'siteId'
  | 'tariffId'
  | 'vendor'
  | 'model'
  | 'registrationStatus'
  | 'connectionState'
  | 'ocppVersion'
> & { createdAt: string; connectors: TManagedConnector[] };

export const MANAGED_CONNECTOR_COLUMNS = {
  connectorId: connectors.connectorId,
  type: connectors.type,
  maxPowerW: connectors.maxPowerW,
  status: connectors.status,
};

/** The station as the write endpoints answer it, or null for an unknown id. */
export async function getManagedStation(db: Executor, id: string): Promise<TManagedStation | null> {
  const [station] = await db
    .select({
      id: stations.id,
      identity: stations.identity,
      name: stations.name,
      siteId: stations.siteId,
      tariffId: stations.tariffId,
      vendor: stations.vendor,
      model: stations.model,
      registrationStatus: stations.registrationStatus,
      connectionState: stations.connectionState,
      ocppVersion: stations.ocppVersion,
      createdAt: stations.createdAt,
    })
    .from(stations)
    .where(eq(stations.id, id));
  if (!station) return null;
  const connectorRows = await db
    .select(MANAGED_CONNECTOR_COLUMNS)
    .from(connectors)
    .where(eq(connectors.stationId, id))
    .orderBy(asc(connectors.connectorId));
  return { ...station, createdAt: station.createdAt.toISOString(), connectors: connectorRows };
}
