import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

export interface StationConnection {
  stationId: string;
  nodeId: string;
  connectionId: string;
}

type RegistrationStatus = (typeof stations.$inferSelect)['registrationStatus'];

/**
 * Records that this node now holds the station's socket; a newer socket simply takes over.
 * Returns the operator's registration decision, which the connection starts from.
 */
export async function markStationOnline(
  db: Executor,
  connection: StationConnection,
): Promise<RegistrationStatus | undefined> {
  const [row] = await db
    .update(stations)
    .set({
      connectionState: 'online',
      nodeId: connection.nodeId,
      connectionId: connection.connectionId,
      connectedAt: sql`now()`,
      lastSeenAt: sql`now()`,
    })
    .where(eq(stations.id, connection.stationId))
    .returning({ registrationStatus: stations.registrationStatus });
  return row?.registrationStatus;
}
