import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { reservations } from '@/db/schema';

export interface TStationReservation {
  id: number;
  connectorId: number;
  idTag: string;
  parentIdTag: string | null;
  expiresAt: string;
  createdAt: string;
}

/** A station's reservations still holding a connector, soonest to expire first. */
export async function listStationReservations(
  db: Executor,
  stationId: string,
  now: Date = new Date(),
): Promise<TStationReservation[]> {
  const rows = await db
    .select()
    .from(reservations)
    .where(
      and(
        eq(reservations.stationId, stationId),
        eq(reservations.status, 'Active'),
        // An Active row past its expiry is over even before anything marks it Expired.
        gt(reservations.expiresAt, now),
      ),
    )
    .orderBy(asc(reservations.expiresAt), asc(reservations.id));
  return rows.map((row) => ({
    id: row.id,
    connectorId: row.connectorId,
    idTag: row.idTag,
    parentIdTag: row.parentIdTag,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  }));
}
