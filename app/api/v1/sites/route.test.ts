import { afterAll, describe, expect, it } from 'vitest';
import { tariffs } from '@/db/schema';
import type { TPage } from '@/lib/api/pagination';
import { closeDb } from '@/lib/db';
import type { TSite } from '@/lib/sites/site-view';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET, POST } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function signedIn(role: 'driver' | 'operator') {
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

const list = (cookie: string | null, query = '') =>
  GET(
    new Request(`http://test.local/api/v1/sites?${query}`, cookie ? { headers: { cookie } } : {}),
  );

const create = (cookie: string | null, body: unknown) =>
  POST(
    new Request('http://test.local/api/v1/sites', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );

const validSite = () => ({
  name: unique('Depot'),
  address: '  12 Canal Road ',
  city: 'Amsterdam',
  postalCode: '1012 AB',
  country: 'nl',
  latitude: 52.37,
  longitude: 4.89,
  timeZone: 'Europe/Amsterdam',
  amenities: [' Café ', 'Toilets', 'Café'],
});

describe('GET /api/v1/sites', () => {
  it('pages through sites in name order with a cursor, and counts their stations', async () => {
    const cookie = await signedIn('operator');
    const tag = unique('Paged');
    const [b, a, c] = [
      await aSite(db, { name: `${tag} B` }),
      await aSite(db, { name: `${tag} A` }),
      await aSite(db, { name: `${tag} C` }),
    ];
    await aStation(db, { siteId: a.id });

    const first = await list(cookie, `q=${tag}&limit=2`);
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as TPage<TSite>;
    expect(page1.items.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(page1.items[0]?.stationCount).toBe(1);
    expect(page1.nextCursor).toEqual(expect.any(String));

    const page2 = (await (
      await list(cookie, `q=${tag}&limit=2&cursor=${page1.nextCursor}`)
    ).json()) as TPage<TSite>;
    expect(page2.items.map((s) => s.id)).toEqual([c.id]);
    expect(page2.nextCursor).toBeNull();
  });

  it('searches name, city and address in any case, with % taken literally', async () => {
    const cookie = await signedIn('operator');
    const town = unique('Town');
    const byCity = await aSite(db, { city: town });
    const byAddress = await aSite(db, { address: `7 ${town} Lane` });
    await aSite(db);

    const page = (await (await list(cookie, `q=${town.toUpperCase()}`)).json()) as TPage<TSite>;
    expect(page.items.map((s) => s.id).sort()).toEqual([byCity.id, byAddress.id].sort());
    const wildcard = (await (await list(cookie, `q=%25${town}`)).json()) as TPage<TSite>;
    expect(wildcard.items).toEqual([]);
  });

  it('answers 401 anonymous, 403 to a driver, 400 for a bad cursor', async () => {
    expect((await list(null)).status).toBe(401);
    expect((await list(await signedIn('driver'))).status).toBe(403);
    expect((await list(await signedIn('operator'), 'cursor=nope')).status).toBe(400);
  });
});

describe('POST /api/v1/sites', () => {
  it('creates a site (201) with trimmed, de-duplicated amenities and an upper-case country', async () => {
    const cookie = await signedIn('operator');
    const [tariff] = await db
      .insert(tariffs)
      .values({ name: unique('Tariff'), currency: 'EUR' })
      .returning();
    const response = await create(cookie, { ...validSite(), tariffId: tariff!.id });
    expect(response.status).toBe(201);
    const site = (await response.json()) as TSite;
    expect(site).toMatchObject({
      address: '12 Canal Road',
      country: 'NL',
      amenities: ['Café', 'Toilets'],
      tariffId: tariff!.id,
      stationCount: 0,
    });
  });

  it('answers 422 naming each invalid field', async () => {
    const cookie = await signedIn('operator');
    const response = await create(cookie, {
      ...validSite(),
      country: 'QQ',
      latitude: 91,
      longitude: -181,
      timeZone: 'Mars/Olympus',
      amenities: Array.from({ length: 31 }, (_, i) => `a${i}`),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; details: { path: string }[] };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(
      ['amenities', 'country', 'latitude', 'longitude', 'timeZone'].sort(),
    );
  });

  it('accepts UTC and refuses a raw offset as the time zone', async () => {
    const cookie = await signedIn('operator');
    expect((await create(cookie, { ...validSite(), timeZone: 'UTC' })).status).toBe(201);
    expect((await create(cookie, { ...validSite(), timeZone: '+01:00' })).status).toBe(422);
  });

  it('answers 422 naming tariffId when the tariff does not exist', async () => {
    const cookie = await signedIn('operator');
    const response = await create(cookie, {
      ...validSite(),
      tariffId: '00000000-0000-4000-8000-000000000001',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'tariffId' }] },
    });
  });

  it('answers 401 anonymous and 403 to a driver', async () => {
    expect((await create(null, validSite())).status).toBe(401);
    expect((await create(await signedIn('driver'), validSite())).status).toBe(403);
  });
});
