import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { vehicles } from '@/db/schema';
import { lockVehicleOwner } from './lock-vehicle-owner';
import { vehiclesVisibleTo, type TVehicleViewer } from './vehicle-scope';

/**
 * Deletes a vehicle the viewer may see; false when there is none. When it was the default,
 * the owner's newest remaining vehicle takes over, so a driver with cars always has one.
 */
export async function deleteVehicle(
  db: Database,
  options: { id: string; viewer: TVehicleViewer },
): Promise<boolean> {
  const visible = and(eq(vehicles.id, options.id), vehiclesVisibleTo(options.viewer));
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ userId: vehicles.userId }).from(vehicles).where(visible);
    if (!current) return false;
    await lockVehicleOwner(tx, current.userId);
    const [deleted] = await tx.delete(vehicles).where(visible).returning();
    if (!deleted) return false;
    if (deleted.isDefault) {
      const [next] = await tx
        .select({ id: vehicles.id })
        .from(vehicles)
        .where(eq(vehicles.userId, current.userId))
        .orderBy(desc(vehicles.createdAt), desc(vehicles.id))
        .limit(1);
      if (next) await tx.update(vehicles).set({ isDefault: true }).where(eq(vehicles.id, next.id));
    }
    return true;
  });
}
