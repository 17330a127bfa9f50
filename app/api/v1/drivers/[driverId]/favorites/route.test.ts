import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { ZFavorite, ZFavoriteList } from '@/lib/openapi/schemas/charging-points';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, GET, POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const url = (driverId: string, query = '') =>
  `http://test.local/api/v1/drivers/${driverId}/favorites${query}`;
const ctx = (driverId: string) => ({ params: Promise.resolve({ driverId }) });

const add = (driverId: string, cookie: string, body: unknown) =>
  POST(
    new Request(url(driverId), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    ctx(driverId),
  );
const list = async (driverId: string, cookie: string) =>
  GET(new Request(url(driverId), { headers: { cookie } }), ctx(driverId));
const remove = (driverId: string, cookie: string, stationId: string) =>
  DELETE(
    new Request(url(driverId, `?stationId=${stationId}`), {
      method: 'DELETE',
      headers: { cookie },
    }),
    ctx(driverId),
  );

describe('/api/v1/drivers/{driverId}/favorites', () => {
  it('saves, lists (own only) and forgets a charger', async () => {
    const station = await aStation(db, { siteId: (await aSite(db, { city: 'Hamburg' })).id });
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);

    const added = await add('me', cookie, { stationId: station.id });
    expect(added.status).toBe(201);
    expect(ZFavorite.parse(await added.json())).toMatchObject({
      stationId: station.id,
      name: station.name,
      site: { city: 'Hamburg' },
    });
    expect((await add(driver.id, cookie, { stationId: station.id })).status).toBe(201);

    const listed: unknown = await (await list('me', cookie)).json();
    expect(ZFavoriteList.parse(listed)).toEqual(listed);
    expect(ZFavoriteList.parse(listed).items.map((f) => f.stationId)).toEqual([station.id]);

    const stranger = await aUser(db);
    const strangerCookie = (await aSignedInCookie(db, stranger)).cookie;
    expect(await (await list('me', strangerCookie)).json()).toEqual({ items: [] });
    expect((await list(driver.id, strangerCookie)).status).toBe(403);
    expect((await remove(driver.id, strangerCookie, station.id)).status).toBe(403);

    expect((await remove('me', cookie, station.id)).status).toBe(204);
    expect((await remove('me', cookie, station.id)).status).toBe(204);
    expect(await (await list('me', cookie)).json()).toEqual({ items: [] });
  });

  it('answers 422 on stationId for unknown chargers, 400 without stationId, and lets operators act for a driver', async () => {
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const unknown = await add('me', cookie, { stationId: '00000000-0000-4000-8000-00000000abcd' });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'stationId' }] },
    });
    expect((await add('me', cookie, {})).status).toBe(422);
    const noQuery = await DELETE(
      new Request(url('me'), { method: 'DELETE', headers: { cookie } }),
      ctx('me'),
    );
    expect(noQuery.status).toBe(400);

    const operator = await aUser(db, { role: 'operator' });
    const operatorCookie = (await aSignedInCookie(db, operator)).cookie;
    const station = await aStation(db);
    expect((await add(driver.id, operatorCookie, { stationId: station.id })).status).toBe(201);
    const mine = ZFavoriteList.parse(await (await list('me', cookie)).json());
    expect(mine.items.map((f) => [f.stationId, f.site])).toEqual([[station.id, null]]);
    expect((await list('00000000-0000-4000-8000-00000000abcd', operatorCookie)).status).toBe(404);
  });
});
