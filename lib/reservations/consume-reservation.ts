import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { reservations } from '@/db/schema';

/**
 * A StartTransaction that names a reservation ends it: the reserving driver is charging now.
 * Only an active reservation of the same station changes; anything else is left as it was.
 */
export async function consumeReservation(
  db: Executor,
  input: { stationId: string; reservationId: number },
): Promise<boolean> {
  const used = await db
    .update(reservations)
    .set({ status: 'Used', updatedAt: sql`now()` })
    .where(
      and(
        eq(reservations.id, input.reservationId),
        eq(reservations.stationId, input.stationId),
        eq(reservations.status, 'Active'),
      ),
    )
    .returning({ id: reservations.id });
  return used.length > 0;
}
