import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { siteLoadAllocations, sites } from '@/db/schema';
import { closeDb } from '@/lib/db';
import type { TSite } from '@/lib/sites/site-view';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { eventually } from '@/test/ocpp-builders';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, GET, PATCH } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';
type THandler = typeof GET;

async function signedIn(role: 'driver' | 'operator') {
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

function call(handler: THandler, id: string, cookie: string | null, body?: unknown) {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const method = handler === GET ? 'GET' : handler === PATCH ? 'PATCH' : 'DELETE';
  return handler(
    new Request(`http://test.local/api/v1/sites/${id}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve({ id }) },
  );
}

describe('GET /api/v1/sites/{id}', () => {
  it('answers the site with its station count', async () => {
    const site = await aSite(db);
    await aStation(db, { siteId: site.id });
    await aStation(db, { siteId: site.id });
    const response = await call(GET, site.id, await signedIn('operator'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: site.id, name: site.name, stationCount: 2 });
  });

  it('answers 404 for an unknown or malformed id, 401 anonymous, 403 to a driver', async () => {
    const cookie = await signedIn('operator');
    expect((await call(GET, UNKNOWN_ID, cookie)).status).toBe(404);
    expect((await call(GET, 'not-a-uuid', cookie)).status).toBe(404);
    const site = await aSite(db);
    expect((await call(GET, site.id, null)).status).toBe(401);
    expect((await call(GET, site.id, await signedIn('driver'))).status).toBe(403);
  });
});

describe('PATCH /api/v1/sites/{id}', () => {
  it('shares a newly set grid limit across the site’s charging sessions at once', async () => {
    const site = await aSite(db);
    const station = await aStation(db, { siteId: site.id });
    const session = await aChargingSession(db, { stationId: station.id, transactionId: 91_001 });
    const response = await call(PATCH, site.id, await signedIn('operator'), { gridLimitW: 11_000 });
    expect(response.status).toBe(200);
    // The charger is not connected: the grant is recorded as offline, to be retried.
    await eventually(async () => {
      const [row] = await db
        .select()
        .from(siteLoadAllocations)
        .where(eq(siteLoadAllocations.sessionId, session.id));
      return row?.allocatedW === 11_000 && row.commandState === 'offline';
    });
  });

  it('changes only the given fields, and null clears the postal code', async () => {
    const site = await aSite(db, { postalCode: '10115' });
    const response = await call(PATCH, site.id, await signedIn('operator'), {
      city: 'Potsdam',
      postalCode: null,
      amenities: ['Shop', ' Shop '],
    });
    expect(response.status).toBe(200);
    const updated = (await response.json()) as TSite;
    expect(updated).toMatchObject({ city: 'Potsdam', postalCode: null, amenities: ['Shop'] });
    expect(updated.name).toBe(site.name);
  });

  it('answers 422 with field details, including an unknown tariffId', async () => {
    const site = await aSite(db);
    const cookie = await signedIn('operator');
    const invalid = await call(PATCH, site.id, cookie, { latitude: -90.5, colour: 'red' });
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details.map((d) => d.path)).toContain('latitude');

    const tariff = await call(PATCH, site.id, cookie, {
      tariffId: '00000000-0000-4000-8000-000000000002',
    });
    expect(tariff.status).toBe(422);
    expect(await tariff.json()).toMatchObject({ error: { details: [{ path: 'tariffId' }] } });
  });

  it('answers 404 for an unknown site, 401 anonymous, 403 to a driver', async () => {
    expect((await call(PATCH, UNKNOWN_ID, await signedIn('operator'), { city: 'X' })).status).toBe(
      404,
    );
    const site = await aSite(db);
    expect((await call(PATCH, site.id, null, { city: 'X' })).status).toBe(401);
    expect((await call(PATCH, site.id, await signedIn('driver'), { city: 'X' })).status).toBe(403);
  });
});

describe('DELETE /api/v1/sites/{id}', () => {
  it('deletes a site without stations (204, empty body)', async () => {
    const site = await aSite(db);
    const response = await call(DELETE, site.id, await signedIn('operator'));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await db.select().from(sites).where(eq(sites.id, site.id))).toEqual([]);
  });

  it('answers 409 while a station belongs to the site, and keeps it', async () => {
    const site = await aSite(db);
    await aStation(db, { siteId: site.id });
    const response = await call(DELETE, site.id, await signedIn('operator'));
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict' } });
    expect(await db.select().from(sites).where(eq(sites.id, site.id))).toHaveLength(1);
  });

  it('answers 404 for an unknown site, 401 anonymous, 403 to a driver', async () => {
    expect((await call(DELETE, UNKNOWN_ID, await signedIn('operator'))).status).toBe(404);
    const site = await aSite(db);
    expect((await call(DELETE, site.id, null)).status).toBe(401);
    expect((await call(DELETE, site.id, await signedIn('driver'))).status).toBe(403);
  });
});
