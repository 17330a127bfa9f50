import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { stations } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { generateStationPassword } from '@/lib/auth/password';
import { hashStationPassword } from './station-password';

/**
 * Replaces a station's OCPP password with a fresh random one and returns it (the only time it
 * is seen). Every upgrade is checked against the stored hash, so the old password stops working
 * at once; a socket already open stays open until the charger reconnects.
 */
export async function rotateStationPassword(
  db: Executor,
  id: string,
): Promise<{ identity: string; ocppPassword: string }> {
  const ocppPassword = generateStationPassword();
  const [row] = await db
    .update(stations)
    .set({ passwordHash: await hashStationPassword(ocppPassword) })
    .where(eq(stations.id, id))
    .returning({ identity: stations.identity });
  if (!row) throw new ApiError('not_found', 'Station not found');
  return { identity: row.identity, ocppPassword };
}
