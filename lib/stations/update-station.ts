import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { publishEvent } from '@/lib/events/publish';
import { getManagedStation, type TManagedStation } from './get-managed-station';
import type { TUpdateStationRequest } from './station-requests';
import { rethrowStationWriteError } from './station-write-errors';

/**
 * Changes what the operator decides about a station (absent fields stay as they are). A new
 * registrationStatus reaches the charger with its next BootNotification.
 */
export async function updateStation(
  db: Executor,
  id: string,
  changes: TUpdateStationRequest,
): Promise<TManagedStation> {
  const [row] = await db
    .update(stations)
    .set(changes)
    .where(eq(stations.id, id))
    .returning({ id: stations.id })
    .catch((error: unknown) => rethrowStationWriteError(error));
  if (!row) throw new ApiError('not_found', 'Station not found');
  await publishEvent(db, { type: 'station.updated', stationId: id });
  const station = await getManagedStation(db, id);
  if (!station) throw new ApiError('not_found', 'Station not found');
  return station;
}
