import { eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { users } from '@/db/schema';

/**
 * Serializes one user's vehicle writes, so "first vehicle is the default" and "only one
 * default" hold under concurrent requests. `no key update` leaves foreign-key checks on the
 * user row unblocked. False when the user does not exist.
 */
export async function lockVehicleOwner(tx: Transaction, userId: string): Promise<boolean> {
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, userId))
    .for('no key update');
  return owner !== undefined;
}
