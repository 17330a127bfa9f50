import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { chargingProfiles } from '@/db/schema';

/**
 * Marks the station's installed profiles matching every condition as Cleared now: they stay as
 * history. Used when the charger clears or replaces them, and when their transaction ends.
 */
export async function markProfilesCleared(
  tx: Executor,
  stationId: string,
  ...conditions: (SQL | undefined)[]
): Promise<void> {
  await tx
    .update(chargingProfiles)
    .set({ status: 'Cleared', clearedAt: sql`now()` })
    .where(
      and(
        eq(chargingProfiles.stationId, stationId),
        eq(chargingProfiles.status, 'Active'),
        ...conditions,
      ),
    );
}
