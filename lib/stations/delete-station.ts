import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { sessions, stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';

/**
 * Removes a station that never served a session, with its connectors and everything else that
 * hangs off it. Refused while the charger is connected or once it has sessions: deleting would
 * cascade to them and lose their billing history.
 *
 * The station row is locked FOR UPDATE first. A session insert takes a key-share lock on it
 * (its foreign key) and the ocpp-server's connect updates the row, so neither can slip in
 * between the checks and the delete.
 */
export async function deleteStation(db: Executor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [station] = await tx
      .select({ connectionState: stations.connectionState })
      .from(stations)
      .where(eq(stations.id, id))
      .for('update');
    if (!station) throw new ApiError('not_found', 'Station not found');
    if (station.connectionState === 'online') {
      throw new ApiError(
        'conflict',
        'The station is connected: it cannot be deleted while its charger is online',
      );
    }
    const [session] = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.stationId, id))
      .limit(1);
    if (session) {
      throw new ApiError(
        'conflict',
        'The station has charging sessions: deleting it would delete their billing history',
      );
    }
    await tx.delete(stations).where(eq(stations.id, id));
  });
  await publishEvent(db, { type: 'station.updated', stationId: id });
}
