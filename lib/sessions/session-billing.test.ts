import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, tariffs } from '@/db/schema';
import { priceSessionById } from '@/lib/billing/price-session-by-id';
import { aSite, aStation, aTariff, aUser, anIdTag } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { useOcppServer } from '@/test/ocpp-builders';

const { db } = useTestDb();
const ocpp = useOcppServer();

/**
 * 0.40 EUR/kWh, 0.60 EUR/kWh from 18:00 to 22:00 Berlin time, 6 EUR/h idle after 10 minutes of
 * grace, 19 % VAT.
 */
async function anEveningPeakStation() {
  const tariff = await aTariff(db, {
    energyPricePerMwh: 40_000,
    idleFeePerHour: 600,
    idleGraceMinutes: 10,
    vatBasisPoints: 1900,
    bands: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '18:00', to: '22:00', energyPricePerMwh: 60_000 }],
  });
  const site = await aSite(db, { timeZone: 'Europe/Berlin', tariffId: tariff.id });
  const station = await aStation(db, { siteId: site.id });
  const driver = await aUser(db);
  const tag = await anIdTag(db, { userId: driver.id });
  return { station, tag, tariff };
}

const register = (at: string, wh: number) => ({
  timestamp: at,
  sampledValue: [{ value: String(wh), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
});

describe('billing a realistic session from the charger’s own messages', () => {
  it('splits energy at the 18:00 peak and charges idle time after the grace period', async () => {
    const { station, tag, tariff } = await anEveningPeakStation();
    const client = await ocpp.connect(station);
    // 17:30 Berlin (CEST): 5 kWh before the peak, 5 kWh in it, then the car is full at 18:30
    // and stays plugged in until 19:30.
    const { transactionId } = (await client.call('StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 100_000,
      timestamp: '2026-06-01T15:30:00.000Z',
    })) as { transactionId: number };
    await client.call('MeterValues', {
      connectorId: 1,
      transactionId,
      meterValue: [register('2026-06-01T16:00:00.000Z', 105_000)],
    });
    await client.call('MeterValues', {
      connectorId: 1,
      transactionId,
      meterValue: [register('2026-06-01T16:30:00.000Z', 110_000)],
    });
    await client.call('StatusNotification', {
      connectorId: 1,
      status: 'SuspendedEV',
      errorCode: 'NoError',
      timestamp: '2026-06-01T16:30:00.000Z',
    });
    const [running] = await db
      .select()
      .from(sessions)
      .where(eq(sessions.transactionId, transactionId));
    expect(running?.chargingEndedAt?.toISOString()).toBe('2026-06-01T16:30:00.000Z');
    expect(running?.tariffId).toBe(tariff.id);
    const liveAtStop = await priceSessionById(db, running!.id, new Date('2026-06-01T17:30:00Z'));

    await client.call('StopTransaction', {
      transactionId,
      meterStop: 110_000,
      timestamp: '2026-06-01T17:30:00.000Z',
      reason: 'EVDisconnected',
    });
    const [done] = await db.select().from(sessions).where(eq(sessions.id, running!.id));
    expect(done).toMatchObject({ status: 'COMPLETED', energyWh: 10_000, currency: 'EUR' });
    expect(done!.costBreakdown!.lines).toEqual([
      { kind: 'energy', band: null, quantity: 5_000, amount: 200 },
      { kind: 'energy', band: 0, quantity: 5_000, amount: 300 },
      { kind: 'idle', band: null, quantity: 50 * 60, amount: 500 },
    ]);
    expect(done!.costBreakdown).toMatchObject({ subtotal: 1_000, vat: 190, total: 1_190 });
    expect(done!.costMinor).toBe(1_190);
    // The live cost at the stop instant, the final cost and the receipt are one computation.
    expect(liveAtStop).toEqual(done!.costBreakdown);
  });

  it('keeps the tariff the session started under when the tariff is edited mid-session', async () => {
    const { station, tag, tariff } = await anEveningPeakStation();
    const client = await ocpp.connect(station);
    const { transactionId } = (await client.call('StartTransaction', {
      connectorId: 1,
      idTag: tag.idTag,
      meterStart: 0,
      timestamp: '2026-06-02T08:00:00.000Z',
    })) as { transactionId: number };
    await db.update(tariffs).set({ energyPricePerMwh: 99_000 }).where(eq(tariffs.id, tariff.id));
    await client.call('StopTransaction', {
      transactionId,
      meterStop: 10_000,
      timestamp: '2026-06-02T09:00:00.000Z',
    });
    const [done] = await db
      .select()
      .from(sessions)
      .where(eq(sessions.transactionId, transactionId));
    // 10 kWh at the 0.40 EUR it started under, + 19 % VAT.
    expect(done?.costMinor).toBe(476);
  });
});
