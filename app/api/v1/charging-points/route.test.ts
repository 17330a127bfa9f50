import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connectors, favorites, stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZChargingPointDetail, ZChargingPointPage } from '@/lib/openapi/schemas/charging-points';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET as getOne } from './[id]/route';
import { GET as list } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const get = (query: string, cookie?: string) =>
  list(
    new Request(`http://test.local/api/v1/charging-points?${query}`, {
      headers: cookie ? { cookie } : undefined,
    }),
  );

async function anOnlineCharger(siteId: string) {
  const station = await aStation(db, { siteId });
  await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, station.id));
  await db
    .update(connectors)
    .set({ status: 'Available' })
    .where(eq(connectors.stationId, station.id));
  return station;
}

describe('GET /api/v1/charging-points', () => {
  it('lists anonymously with filters, distance and cursor pages', async () => {
    const city = unique('Api');
    const site = await aSite(db, { city, latitude: 48.137, longitude: 11.575 });
    const first = await anOnlineCharger(site.id);
    const second = await anOnlineCharger(site.id);

    const response = await get(
      `city=${city}&connectorType=CCS1,CCS2&minPowerKw=50&onlyAvailable=true&near=48.14,11.58&limit=1`,
    );
    expect(response.status).toBe(200);
    const page = ZChargingPointPage.parse(await response.json());
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ status: 'free', isFavorite: false });
    expect(page.items[0]!.distanceKm).toBeLessThan(1);
    expect(page.nextCursor).not.toBeNull();

    const rest = ZChargingPointPage.parse(
      await (await get(`city=${city}&limit=1&cursor=${page.nextCursor}`)).json(),
    );
    expect(rest.nextCursor).toBeNull();
    expect([page.items[0]!.id, rest.items[0]!.id].sort()).toEqual([first.id, second.id].sort());
  });

  it('answers 400 for bad filters and marks favorites for a signed-in driver', async () => {
    expect((await get('near=north')).status).toBe(400);
    expect((await get('near=91,0')).status).toBe(400);
    expect((await get('connectorType=Tesla')).status).toBe(400);
    expect((await get('onlyAvailable=yes')).status).toBe(400);

    const city = unique('Mine');
    const station = await anOnlineCharger((await aSite(db, { city })).id);
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    await db.insert(favorites).values({ userId: driver.id, stationId: station.id });
    const page = ZChargingPointPage.parse(
      await (await get(`city=${city}&onlyFavorites=true`, cookie)).json(),
    );
    expect(page.items.map((p) => [p.id, p.isFavorite])).toEqual([[station.id, true]]);
  });
});

describe('GET /api/v1/charging-points/{id}', () => {
  it('returns the detail with tariff lines, 404 for unknown or not accepted chargers', async () => {
    const site = await aSite(db);
    const station = await anOnlineCharger(site.id);
    const call = (id: string) =>
      getOne(new Request(`http://test.local/api/v1/charging-points/${id}`), {
        params: Promise.resolve({ id }),
      });
    const response = await call(station.id);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(ZChargingPointDetail.parse(body)).toEqual(body);
    expect(body).toMatchObject({
      id: station.id,
      status: 'free',
      tariff: null,
      openingHours: null,
    });

    const pending = await aStation(db, { siteId: site.id, registrationStatus: 'Pending' });
    expect((await call(pending.id)).status).toBe(404);
    expect((await call('00000000-0000-4000-8000-00000000abcd')).status).toBe(404);
    expect((await call('not-a-uuid')).status).toBe(404);
  });
});
