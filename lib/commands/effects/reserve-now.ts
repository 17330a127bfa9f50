import { and, eq, sql } from 'drizzle-orm';
import { reservationIdSequence, reservations } from '@/db/schema';
import { CommandRejectedError } from '../command-rejected-error';
import type { CommandEffect } from './command-effect';

/**
 * A new reservation draws its OCPP id from the sequence before it is sent; a given id must be
 * one of the station's reservations, which the charger then replaces. Only an Accepted answer
 * holds the connector: any other answer leaves no active reservation behind.
 */
export const reserveNow: CommandEffect<'ReserveNow'> = {
  async prepare({ db, stationId, request }) {
    if (request.reservationId === undefined) {
      const [row] = await db.execute<{ id: string }>(
        sql`select nextval(${reservationIdSequence.seqName}) as id`,
      );
      return { ...request, reservationId: Number(row!.id) };
    }
    const [existing] = await db
      .select({ id: reservations.id })
      .from(reservations)
      .where(
        and(eq(reservations.id, request.reservationId), eq(reservations.stationId, stationId)),
      );
    if (!existing) {
      throw new CommandRejectedError(
        'invalid_request',
        `reservationId ${request.reservationId} is not a reservation of this station; leave it out to make a new one`,
      );
    }
    return request;
  },

  async onAnswer({ tx, stationId, commandId, requestedBy, request, response }) {
    if (response.status !== 'Accepted' || request.reservationId === undefined) return;
    const held = {
      connectorId: request.connectorId,
      idTag: request.idTag,
      parentIdTag: request.parentIdTag ?? null,
      expiresAt: new Date(request.expiryDate),
      status: 'Active' as const,
      commandId,
    };
    await tx
      .insert(reservations)
      .values({ id: request.reservationId, stationId, createdBy: requestedBy, ...held })
      .onConflictDoUpdate({
        target: reservations.id,
        set: { ...held, updatedAt: sql`now()` },
        setWhere: eq(reservations.stationId, stationId),
      });
  },
};
