import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { users } from '@/db/schema';
import { hasRole, type TRole } from '@/lib/auth/roles';
import { ApiError } from './api-error';
import type { TRequestUser } from './authenticate-request';

export const ZDriverIdParam = z
  .union([z.literal('me'), z.uuid()])
  .describe('The driver’s id, or `me` for the signed-in driver');

export const ZDriverParams = z.object({ driverId: ZDriverIdParam });
export const ZDriverItemParams = z.object({ driverId: ZDriverIdParam, id: z.uuid() });

/**
 * The driver a /drivers/{driverId}/… route acts for: `me` is the caller; a driver may name only
 * themself (403 otherwise), an operator anyone.
 */
export async function resolveDriver(
  db: Executor,
  user: TRequestUser,
  driverId: string,
): Promise<{ id: string; role: TRole }> {
  if (driverId === 'me' || driverId === user.id) return { id: user.id, role: user.role };
  if (!hasRole(user.role, 'operator')) {
    throw new ApiError('forbidden', 'Drivers may only act for themselves');
  }
  const [driver] = await db.select({ id: users.id }).from(users).where(eq(users.id, driverId));
  if (!driver) throw new ApiError('not_found', 'Driver not found');
  // Whoever the operator is, the request is the driver's: their tags, their queue place.
  return { id: driver.id, role: 'driver' };
}
