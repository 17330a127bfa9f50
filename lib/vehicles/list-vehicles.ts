import { and, asc, eq, gt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '@/db/client';
import { vehicles } from '@/db/schema';
import { encodeCursor } from '@/lib/api/cursor';
import type { TPage } from '@/lib/api/pagination';
import { vehiclesVisibleTo, type TVehicleViewer } from './vehicle-scope';
import { toVehicle, type TVehicle } from './vehicle-view';

/** Keyset position in make, model order (id breaks ties). */
export const ZVehicleCursor = z.object({ make: z.string(), model: z.string(), id: z.uuid() });
export type TVehicleCursor = z.infer<typeof ZVehicleCursor>;

/** The vehicles a viewer may see (a driver: their own), by make and model. */
export async function listVehicles(
  db: Executor,
  options: { viewer: TVehicleViewer; userId?: string; cursor?: TVehicleCursor; limit: number },
): Promise<TPage<TVehicle>> {
  const { userId, cursor, limit } = options;
  const rows = await db
    .select()
    .from(vehicles)
    .where(
      and(
        vehiclesVisibleTo(options.viewer),
        userId ? eq(vehicles.userId, userId) : undefined,
        cursor
          ? or(
              gt(vehicles.make, cursor.make),
              and(eq(vehicles.make, cursor.make), gt(vehicles.model, cursor.model)),
              and(
                eq(vehicles.make, cursor.make),
                eq(vehicles.model, cursor.model),
                gt(vehicles.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(vehicles.make), asc(vehicles.model), asc(vehicles.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toVehicle),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ make: last.make, model: last.model, id: last.id })
        : null,
  };
}
