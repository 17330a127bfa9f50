import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { meterValues, sessions, sites, stations, tariffs } from '@/db/schema';
import { aSite, aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { priceSessionById } from './price-session-by-id';
import { resolveTariff } from './resolve-tariff';

const { db } = useTestDb();

async function aTariff(overrides: Partial<typeof tariffs.$inferInsert> = {}) {
  const [row] = await db
    .insert(tariffs)
    .values({ name: 'AC', currency: 'EUR', energyPricePerMwh: 39_000, ...overrides })
    .returning();
  return row!;
}

async function aStationOnSite(siteTariffId: string | null, stationTariffId: string | null) {
  const site = await aSite(db, { tariffId: siteTariffId, timeZone: 'Europe/Berlin' });
  const station = await aStation(db, { siteId: site.id });
  await db.update(stations).set({ tariffId: stationTariffId }).where(eq(stations.id, station.id));
  return { site, station };
}

describe('resolveTariff', () => {
  it("uses the station's tariff over its site's, and the site's when the station has none", async () => {
    const siteTariff = await aTariff({ name: 'site' });
    const stationTariff = await aTariff({ name: 'station' });
    const own = await aStationOnSite(siteTariff.id, stationTariff.id);
    expect(await resolveTariff(db, own.station.id)).toMatchObject({
      tariff: { name: 'station' },
      timeZone: 'Europe/Berlin',
    });
    const inherited = await aStationOnSite(siteTariff.id, null);
    expect((await resolveTariff(db, inherited.station.id))?.tariff.name).toBe('site');
  });

  it('skips inactive tariffs and answers null when none applies', async () => {
    const site = await aTariff({ name: 'site' });
    const retired = await aTariff({ active: false });
    const { station } = await aStationOnSite(site.id, retired.id);
    expect((await resolveTariff(db, station.id))?.tariff.name).toBe('site');
    await db.update(sites).set({ tariffId: null }).where(eq(sites.tariffId, site.id));
    expect(await resolveTariff(db, station.id)).toBeNull();
  });
});

describe('priceSessionById', () => {
  it('prices a session from its register series, live and final agreeing', async () => {
    const tariff = await aTariff({ sessionFee: 35, vatBasisPoints: 1900 });
    const { station } = await aStationOnSite(tariff.id, null);
    const startedAt = new Date('2026-05-04T08:00:00Z');
    const session = await aChargingSession(db, {
      stationId: station.id,
      startedAt,
      meterStartWh: 1_000,
    });
    const at = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
    const reading = (minutes: number, value: number, extra = {}) => ({
      stationId: station.id,
      connectorId: 1,
      sessionId: session.id,
      sampledAt: at(minutes),
      measurand: 'Energy.Active.Import.Register',
      unit: 'Wh',
      value,
      ...extra,
    });
    await db.insert(meterValues).values([
      reading(30, 6_000),
      // A per-phase row and a kWh row: only the total register counts, in Wh.
      reading(30, 2_000, { phase: 'L1' }),
      reading(60, 11.0, { unit: 'kWh' }),
    ]);
    const live = await priceSessionById(db, session.id, at(30));
    expect(live).toMatchObject({ energyWh: 5_000, subtotal: 195 + 35, vat: 44, total: 274 });

    await db
      .update(sessions)
      .set({ status: 'COMPLETED', stoppedAt: at(60), meterStopWh: 11_000 })
      .where(eq(sessions.id, session.id));
    const final = await priceSessionById(db, session.id, at(600));
    expect(final).toMatchObject({ energyWh: 10_000, subtotal: 390 + 35, vat: 81, total: 506 });
    expect(await priceSessionById(db, session.id, at(60))).toEqual(final);
  });

  it('answers null for a station without a tariff', async () => {
    const { station } = await aStationOnSite(null, null);
    const session = await aChargingSession(db, { stationId: station.id });
    expect(await priceSessionById(db, session.id)).toBeNull();
  });
});
