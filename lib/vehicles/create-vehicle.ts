import { and, count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { vehicles } from '@/db/schema';
import { ApiError } from '@/lib/api/api-error';
import { lockVehicleOwner } from './lock-vehicle-owner';
import type { TCreateVehicleRequest } from './vehicle-requests';
import { toVehicle, type TVehicle } from './vehicle-view';

/**
 * Adds a vehicle for `userId`. The owner's first vehicle becomes the default unless the caller
 * says otherwise; a new default unsets the previous one in the same transaction.
 */
export async function createVehicle(
  db: Database,
  userId: string,
  input: Omit<TCreateVehicleRequest, 'userId'>,
): Promise<TVehicle> {
  return db.transaction(async (tx) => {
    if (!(await lockVehicleOwner(tx, userId))) {
      throw new ApiError('validation_failed', 'Invalid request body', [
        { path: 'userId', message: 'No user has this id' },
      ]);
    }
    const [owned] = await tx
      .select({ n: count() })
      .from(vehicles)
      .where(eq(vehicles.userId, userId));
    const isDefault = input.isDefault ?? (owned?.n ?? 0) === 0;
    if (isDefault) {
      await tx
        .update(vehicles)
        .set({ isDefault: false })
        .where(and(eq(vehicles.userId, userId), eq(vehicles.isDefault, true)));
    }
    const [vehicle] = await tx
      .insert(vehicles)
      .values({ ...input, userId, isDefault })
      .returning();
    return toVehicle(vehicle!);
  });
}
