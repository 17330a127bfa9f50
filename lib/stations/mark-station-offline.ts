import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/**
 * Marks the station offline only while the closing socket is still the recorded one: when a
 * replacement socket has already taken over, the late close of the old one changes nothing.
 * Returns whether the station went offline.
 */
export async function markStationOffline(
  db: Executor,
  input: { stationId: string; connectionId: string },
): Promise<boolean> {
  const rows = await db
    .update(stations)
    .set({ connectionState: 'offline', nodeId: null, connectionId: null })
    .where(and(eq(stations.id, input.stationId), eq(stations.connectionId, input.connectionId)))
    .returning({ id: stations.id });
  return rows.length > 0;
}
