import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { connectors, favorites, stations } from '@/db/schema';
import { aSite, aStation, aTariff, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { getChargingPoint } from './get-charging-point';
import { listChargingPoints } from './list-charging-points';

const { db } = useTestDb();

type TStatus = (typeof connectors.$inferSelect)['status'];

/** An accepted station at the site, online unless said otherwise, with connector statuses. */
async function aChargerAt(
  siteId: string,
  options: { online?: boolean; statuses?: [TStatus, TStatus]; name?: string } = {},
) {
  const station = await aStation(db, { siteId, ...(options.name ? { name: options.name } : {}) });
  await db
    .update(stations)
    .set({
      registrationStatus: 'Accepted',
      connectionState: options.online === false ? 'offline' : 'online',
      lastSeenAt: new Date('2026-03-01T10:00:00Z'),
    })
    .where(eq(stations.id, station.id));
  const [one, two] = options.statuses ?? ['Available', 'Available'];
  for (const [connectorId, status] of [
    [1, one],
    [2, two],
  ] as const) {
    await db
      .update(connectors)
      .set({ status, statusAt: new Date('2026-03-01T10:05:00Z') })
      .where(and(eq(connectors.stationId, station.id), eq(connectors.connectorId, connectorId)));
  }
  return station;
}

describe('listChargingPoints', () => {
  it('maps live state to free / occupied / offline / faulted with queues and waits', async () => {
    const city = unique('City');
    const tariff = await aTariff(db, { idleFeePerHour: 600, idleGraceMinutes: 60 });
    const site = await aSite(db, { city, tariffId: tariff.id, amenities: ['cafe'] });
    const free = await aChargerAt(site.id, { name: unique('A-free') });
    const busy = await aChargerAt(site.id, {
      name: unique('B-busy'),
      statuses: ['Charging', 'Faulted'],
    });
    const offline = await aChargerAt(site.id, { name: unique('C-off'), online: false });
    const faulted = await aChargerAt(site.id, {
      name: unique('D-fault'),
      statuses: ['Faulted', 'Unavailable'],
    });
    const pending = await aStation(db, { siteId: site.id, registrationStatus: 'Pending' });
    await aChargingSession(db, { stationId: busy.id, connectorId: 1 });
    await aChargingSession(db, {
      stationId: busy.id,
      connectorId: 1,
      status: 'PENDING',
      startedAt: null,
      queuedAt: new Date(),
    });

    const points = await listChargingPoints(db, { city: city.toUpperCase() });
    expect(points.map((p) => [p.id, p.status])).toEqual([
      [free.id, 'free'],
      [busy.id, 'occupied'],
      [faulted.id, 'faulted'],
      [offline.id, 'offline'],
    ]);
    expect(points.some((p) => p.id === pending.id)).toBe(false);
    const [freePoint, busyPoint, , offlinePoint] = points;
    expect(freePoint).toMatchObject({
      maxPowerKw: 150,
      queueLength: 0,
      estimatedWaitSeconds: 0,
      isFavorite: false,
      distanceKm: null,
      price: { currency: 'EUR', summary: '0.357 EUR/kWh + idle fee' },
      site: { city, timeZone: 'Europe/Berlin', amenities: ['cafe'] },
      lastUpdatedAt: '2026-03-01T10:05:00.000Z',
    });
    expect(busyPoint!.queueLength).toBe(1);
    expect(busyPoint!.connectors[0]).toMatchObject({ status: 'Charging', queueLength: 1 });
    // The occupant has at least 5 minutes left, plus one typical session for the one queued.
    expect(busyPoint!.connectors[0]!.estimatedWaitSeconds).toBeGreaterThan(5 * 60);
    expect(busyPoint!.estimatedWaitSeconds).toBe(busyPoint!.connectors[0]!.estimatedWaitSeconds);
    expect(offlinePoint!.connectors.map((c) => c.status)).toEqual(['Offline', 'Offline']);

    const available = await listChargingPoints(db, { city, onlyAvailable: true });
    expect(available.map((p) => p.id)).toEqual([free.id]);
  });

  it('filters by connector type and power on the same connector, by text, and sorts by distance', async () => {
    const city = unique('Town');
    const near = await aSite(db, { city, latitude: 52.52, longitude: 13.405, name: 'Mitte' });
    const far = await aSite(db, { city, latitude: 52.4, longitude: 13.05, name: 'Potsdam' });
    const fast = await aChargerAt(far.id);
    const slow = await aStation(db, {
      siteId: near.id,
      connectors: [
        { connectorId: 1, type: 'CCS2', maxPowerW: 50_000 },
        { connectorId: 2, type: 'Type2', maxPowerW: 150_000 },
      ],
    });
    await db
      .update(stations)
      .set({ registrationStatus: 'Accepted', connectionState: 'online' })
      .where(eq(stations.id, slow.id));

    const ccs100 = await listChargingPoints(db, {
      city,
      connectorType: ['CCS1', 'CCS2'],
      minPowerKw: 100,
    });
    expect(ccs100.map((p) => p.id)).toEqual([fast.id]);
    expect((await listChargingPoints(db, { city, connectorType: 'CCS2' })).length).toBe(2);

    const byDistance = await listChargingPoints(db, { city, near: { lat: 52.52, lng: 13.4 } });
    expect(byDistance.map((p) => p.id)).toEqual([slow.id, fast.id]);
    expect(byDistance[0]!.distanceKm).toBeCloseTo(0.34, 1);
    expect(byDistance[1]!.distanceKm).toBeGreaterThan(20);
    expect(byDistance[1]!.distanceKm).toBeLessThan(30);

    expect((await listChargingPoints(db, { city, q: 'potsd' })).map((p) => p.id)).toEqual([
      fast.id,
    ]);
    expect(await listChargingPoints(db, { city, q: '%' })).toEqual([]);
  });

  it('marks and filters a user’s favorites', async () => {
    const city = unique('Fav');
    const site = await aSite(db, { city });
    const saved = await aChargerAt(site.id);
    const other = await aChargerAt(site.id);
    const user = await aUser(db);
    await db.insert(favorites).values({ userId: user.id, stationId: saved.id });

    const all = await listChargingPoints(db, { city, userId: user.id });
    expect(Object.fromEntries(all.map((p) => [p.id, p.isFavorite]))).toEqual({
      [saved.id]: true,
      [other.id]: false,
    });
    const only = await listChargingPoints(db, { city, favoritesOf: user.id, onlyFavorites: true });
    expect(only.map((p) => p.id)).toEqual([saved.id]);
    expect(await listChargingPoints(db, { city, onlyFavorites: true })).toEqual([]);
  });
});

describe('getChargingPoint', () => {
  it('explains the tariff in words and answers null for unknown or unaccepted stations', async () => {
    const own = await aTariff(db, { energyPricePerMwh: 40_000, sessionFee: 100 });
    const site = await aSite(db, { city: unique('Detail') });
    const station = await aChargerAt(site.id);
    await db.update(stations).set({ tariffId: own.id }).where(eq(stations.id, station.id));

    const point = await getChargingPoint(db, { id: station.id });
    expect(point).toMatchObject({
      id: station.id,
      openingHours: null,
      price: { summary: '0.476 EUR/kWh + session fee' },
      tariff: { lines: ['0.476 EUR/kWh', 'Session fee 1.19 EUR', 'incl. 19 % VAT'] },
    });
    expect(point!.connectors.map((c) => c.estimatedWaitSeconds)).toEqual([0, 0]);

    const pending = await aStation(db, { siteId: site.id, registrationStatus: 'Pending' });
    expect(await getChargingPoint(db, { id: pending.id })).toBeNull();
  });
});
