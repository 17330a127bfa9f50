import { and, eq, lt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { chargingProfiles } from '@/db/schema';

/** Ids from here up belong to site load management, so the two never replace each other's. */
export const LOAD_MANAGEMENT_PROFILE_ID_BASE = 1_000_000;

/**
 * The smallest positive chargingProfileId none of the station's Active profiles uses: a new
 * profile with it replaces nothing by id (OCPP replaces a profile sent with the same id).
 */
export async function nextChargingProfileId(db: Executor, stationId: string): Promise<number> {
  const rows = await db
    .select({ id: chargingProfiles.chargingProfileId })
    .from(chargingProfiles)
    .where(
      and(
        eq(chargingProfiles.stationId, stationId),
        eq(chargingProfiles.status, 'Active'),
        lt(chargingProfiles.chargingProfileId, LOAD_MANAGEMENT_PROFILE_ID_BASE),
      ),
    );
  const used = new Set(rows.map((row) => row.id));
  let id = 1;
  while (used.has(id)) id += 1;
  return id;
}
