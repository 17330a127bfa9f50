import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { connectors, stations } from '@/db/schema';
import { getQueueLength } from '@/lib/sessions/estimate-queue';

type TConnectorRow = typeof connectors.$inferSelect;

export interface TConnectorStatus {
  connectorId: string;
  stationId: string;
  ocppConnectorId: number;
  /** The charger's last status; 'Offline' while its station is not connected. */
  status: TConnectorRow['status'] | 'Offline';
  errorCode: string;
  statusAt: string | null;
  type: TConnectorRow['type'];
  maxPowerW: number | null;
  /** Requests waiting for this connector. */
  queueLength: number;
}

/**
 * What anyone may know about one connector (by its uuid): status, type, power and how many
 * wait for it. Only connectors of accepted stations, as on the public charger list; nothing
 * about who is charging.
 */
export async function getConnectorStatus(
  db: Executor,
  id: string,
): Promise<TConnectorStatus | null> {
  const [row] = await db
    .select({ connector: connectors, connectionState: stations.connectionState })
    .from(connectors)
    .innerJoin(stations, eq(stations.id, connectors.stationId))
    .where(and(eq(connectors.id, id), eq(stations.registrationStatus, 'Accepted')));
  if (!row) return null;
  const { connector } = row;
  return {
    connectorId: connector.id,
    stationId: connector.stationId,
    ocppConnectorId: connector.connectorId,
    status: row.connectionState === 'online' ? connector.status : 'Offline',
    errorCode: connector.errorCode,
    statusAt: connector.statusAt?.toISOString() ?? null,
    type: connector.type,
    maxPowerW: connector.maxPowerW,
    queueLength: await getQueueLength(db, {
      stationId: connector.stationId,
      connectorId: connector.connectorId,
    }),
  };
}
