import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';

export interface BootNotificationInput {
  vendor: string;
  model: string;
  serialNumber: string | null;
  firmwareVersion: string | null;
  heartbeatIntervalS: number;
}

type RegistrationStatus = (typeof stations.$inferSelect)['registrationStatus'];

/**
 * Stores what the charger says about itself and returns the registration status the operator
 * set, which is the answer the charger gets (kept as boot_status: what the charger was told).
 */
export async function recordBootNotification(
  db: Executor,
  stationId: string,
  input: BootNotificationInput,
): Promise<RegistrationStatus> {
  const [station] = await db
    .update(stations)
    .set({
      vendor: input.vendor,
      model: input.model,
      serialNumber: input.serialNumber,
      firmwareVersion: input.firmwareVersion,
      heartbeatIntervalS: input.heartbeatIntervalS,
      lastBootAt: new Date(),
      bootStatus: sql`${stations.registrationStatus}`,
    })
    .where(eq(stations.id, stationId))
    .returning({ registrationStatus: stations.registrationStatus });
  if (!station) throw new Error(`station ${stationId} does not exist`);
  return station.registrationStatus;
}
