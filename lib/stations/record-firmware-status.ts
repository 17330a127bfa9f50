import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

/** Progress of a firmware update the operator started (FirmwareStatusNotification). */
export async function recordFirmwareStatus(
  db: Executor,
  stationId: string,
  status: string,
): Promise<void> {
  await db.update(stations).set({ firmwareStatus: status }).where(eq(stations.id, stationId));
}
