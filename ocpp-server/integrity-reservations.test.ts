import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reservations } from '@/db/schema';
import { useTestDb } from '@/test/db';
import { aChargerWithDriver, callAs, useOcppServer } from '@/test/ocpp-builders';
import type { StartTransactionResponse } from './ocpp16-types';

const { db } = useTestDb();
const ocpp = useOcppServer();

async function aReservation(stationId: string, idTag: string) {
  const [row] = await db
    .insert(reservations)
    .values({
      id: sql`nextval('reservation_id_seq')`,
      stationId,
      connectorId: 1,
      idTag,
      expiresAt: new Date(Date.now() + 3_600_000),
    })
    .returning();
  return row!;
}

async function statusOf(id: number) {
  const [row] = await db.select().from(reservations).where(eq(reservations.id, id));
  return row!.status;
}

describe('reservations and transactions', () => {
  it('a StartTransaction naming its reservation uses it up; another station cannot', async () => {
    const here = await aChargerWithDriver(db, ocpp);
    const elsewhere = await aChargerWithDriver(db, ocpp);
    const reservation = await aReservation(here.station.id, here.tag.idTag);

    await callAs<StartTransactionResponse>(elsewhere.client, 'StartTransaction', {
      connectorId: 1,
      idTag: elsewhere.tag.idTag,
      meterStart: 0,
      timestamp: new Date().toISOString(),
      reservationId: reservation.id,
    });
    expect(await statusOf(reservation.id)).toBe('Active');

    await callAs<StartTransactionResponse>(here.client, 'StartTransaction', {
      connectorId: 1,
      idTag: here.tag.idTag,
      meterStart: 0,
      timestamp: new Date().toISOString(),
      reservationId: reservation.id,
    });
    expect(await statusOf(reservation.id)).toBe('Used');
  });
});
