import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { vehicles } from '@/db/schema';
import { lockVehicleOwner } from './lock-vehicle-owner';
import type { TUpdateVehicleRequest } from './vehicle-requests';
import { vehiclesVisibleTo, type TVehicleViewer } from './vehicle-scope';
import { toVehicle, type TVehicle } from './vehicle-view';

/**
 * Changes a vehicle the viewer may see; null when there is none. Making it the default unsets
 * the owner's other vehicles in the same transaction.
 */
export async function updateVehicle(
  db: Database,
  options: { id: string; viewer: TVehicleViewer; changes: TUpdateVehicleRequest },
): Promise<TVehicle | null> {
  const { id, viewer, changes } = options;
  const visible = and(eq(vehicles.id, id), vehiclesVisibleTo(viewer));
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ userId: vehicles.userId }).from(vehicles).where(visible);
    if (!current) return null;
    // Owner first, then rows: the same lock order as createVehicle, so the two cannot deadlock.
    await lockVehicleOwner(tx, current.userId);
    if (changes.isDefault) {
      await tx
        .update(vehicles)
        .set({ isDefault: false })
        .where(
          and(
            eq(vehicles.userId, current.userId),
            eq(vehicles.isDefault, true),
            ne(vehicles.id, id),
          ),
        );
    }
    const [vehicle] =
      Object.keys(changes).length > 0
        ? await tx.update(vehicles).set(changes).where(visible).returning()
        : await tx.select().from(vehicles).where(visible);
    return vehicle ? toVehicle(vehicle) : null;
  });
}
