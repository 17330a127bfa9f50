import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/**
 * Releases every station recorded as held by a node: at its start (it crashed before closing
 * cleanly) and at its shutdown. Returns the ids of the stations that went offline.
 */
export async function markNodeStationsOffline(db: Executor, nodeId: string): Promise<string[]> {
  const rows = await db
    .update(stations)
    .set({ connectionState: 'offline', nodeId: null, connectionId: null })
    .where(and(eq(stations.nodeId, nodeId), eq(stations.connectionState, 'online')))
    .returning({ id: stations.id });
  return rows.map((row) => row.id);
}
