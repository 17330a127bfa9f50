import { and, eq, sql } from 'drizzle-orm';
import { reservations } from '@/db/schema';
import type { CommandEffect } from './command-effect';

export const cancelReservation: CommandEffect<'CancelReservation'> = {
  async onAnswer({ tx, stationId, request, response }) {
    if (response.status !== 'Accepted') return;
    await tx
      .update(reservations)
      .set({ status: 'Cancelled', updatedAt: sql`now()` })
      .where(
        and(
          eq(reservations.id, request.reservationId),
          eq(reservations.stationId, stationId),
          eq(reservations.status, 'Active'),
        ),
      );
  },
};
