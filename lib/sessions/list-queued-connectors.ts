import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, stations } from '@/db/schema';

/** Connectors with requests queued, at online stations whose socket the node holds. */
export async function listQueuedConnectors(
  db: Executor,
  nodeId: string,
): Promise<{ stationId: string; connectorId: number }[]> {
  return db
    .selectDistinct({ stationId: sessions.stationId, connectorId: sessions.connectorId })
    .from(sessions)
    .innerJoin(stations, eq(stations.id, sessions.stationId))
    .where(
      and(
        eq(sessions.status, 'PENDING'),
        isNotNull(sessions.queuedAt),
        eq(stations.nodeId, nodeId),
        eq(stations.connectionState, 'online'),
      ),
    );
}
