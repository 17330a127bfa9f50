import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { publishEvent } from '@/lib/events/publish';

/**
 * The operator accepts a station that was Pending (or Rejected). The charger learns it on its
 * next BootNotification, which a TriggerMessage can prompt; until then it stays as it was told.
 * Returns false when there is no such station.
 */
export async function approveStation(db: Executor, stationId: string): Promise<boolean> {
  const [row] = await db
    .update(stations)
    .set({ registrationStatus: 'Accepted' })
    .where(eq(stations.id, stationId))
    .returning({ id: stations.id });
  if (!row) return false;
  await publishEvent(db, { type: 'station.updated', stationId });
  return true;
}
