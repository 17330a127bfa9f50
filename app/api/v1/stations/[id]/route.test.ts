import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors, stations, tariffs } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZManagedStation } from '@/lib/openapi/schemas/management';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { listenForEvents } from '@/test/ocpp-builders';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, PATCH } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
let events: Awaited<ReturnType<typeof listenForEvents>>;
beforeAll(async () => {
  events = await listenForEvents();
});
afterAll(async () => {
  await events.close();
  await closeDb();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

/** A fresh caller per test: writes are rate limited per user. */
async function cookieFor(role: 'driver' | 'operator' = 'operator') {
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

type TRoute = typeof PATCH;

async function call(route: TRoute, id: string, init: { cookie?: string; body?: unknown } = {}) {
  const headers = {
    'content-type': 'application/json',
    ...(init.cookie ? { cookie: init.cookie } : {}),
  };
  const response = await route(
    new Request(`http://test.local/api/v1/stations/${id}`, {
      method: route === PATCH ? 'PATCH' : 'DELETE',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({ id }) },
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as unknown };
}

async function stationRow(id: string) {
  const [row] = await db.select().from(stations).where(eq(stations.id, id));
  return row;
}

describe('PATCH /api/v1/stations/{id}', () => {
  it('changes the given fields only, detaches with null, and announces the change', async () => {
    const cookie = await cookieFor();
    const station = await aStation(db, { vendor: 'Alfen', model: 'Eve' });
    const site = await aSite(db);
    const [tariff] = await db
      .insert(tariffs)
      .values({ name: unique('Tariff'), currency: 'EUR' })
      .returning();

    const changed = await call(PATCH, station.id, {
      cookie,
      body: {
        name: 'Renamed',
        siteId: site.id,
        tariffId: tariff!.id,
        registrationStatus: 'Rejected',
      },
    });
    expect(changed.status).toBe(200);
    expect(ZManagedStation.parse(changed.body)).toEqual(changed.body);
    expect(changed.body).toMatchObject({
      id: station.id,
      identity: station.identity,
      name: 'Renamed',
      siteId: site.id,
      tariffId: tariff!.id,
      vendor: 'Alfen',
      model: 'Eve',
      registrationStatus: 'Rejected',
    });
    await events.next(station.id, 'station.updated');

    const detached = await call(PATCH, station.id, {
      cookie,
      body: { siteId: null, tariffId: null, vendor: null },
    });
    expect(detached.status).toBe(200);
    expect(detached.body).toMatchObject({
      name: 'Renamed',
      siteId: null,
      tariffId: null,
      vendor: null,
    });
    expect(await stationRow(station.id)).toMatchObject({ siteId: null, model: 'Eve' });
  });

  it('answers 422 naming an unknown site or tariff, and changes nothing', async () => {
    const cookie = await cookieFor();
    const station = await aStation(db);
    for (const field of ['siteId', 'tariffId']) {
      const res = await call(PATCH, station.id, {
        cookie,
        body: { name: 'X', [field]: UNKNOWN_ID },
      });
      expect(res.status, field).toBe(422);
      expect(res.body).toMatchObject({
        error: { code: 'validation_failed', details: [{ path: field }] },
      });
    }
    expect((await stationRow(station.id))!.name).toBe(station.name);
  });

  it('answers 422 for an empty body, unknown fields or a bad value', async () => {
    const cookie = await cookieFor();
    const station = await aStation(db);
    const empty = await call(PATCH, station.id, { cookie, body: {} });
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await call(PATCH, station.id, { cookie })).status).toBe(422);
    const identity = await call(PATCH, station.id, { cookie, body: { identity: 'NEW' } });
    expect(identity.status).toBe(422);
    const status = await call(PATCH, station.id, { cookie, body: { registrationStatus: 'Maybe' } });
    expect(status.body).toMatchObject({ error: { details: [{ path: 'registrationStatus' }] } });
  });

  it('answers 404 for an unknown station, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    const body = { name: 'X' };
    expect((await call(PATCH, UNKNOWN_ID, { cookie: await cookieFor(), body })).status).toBe(404);
    expect((await call(PATCH, 'not-a-uuid', { cookie: await cookieFor(), body })).status).toBe(404);
    expect((await call(PATCH, station.id, { body })).status).toBe(401);
    expect(
      (await call(PATCH, station.id, { cookie: await cookieFor('driver'), body })).status,
    ).toBe(403);
    expect((await stationRow(station.id))!.name).toBe(station.name);
  });
});

describe('DELETE /api/v1/stations/{id}', () => {
  it('deletes a station that never charged, with its connectors (204)', async () => {
    const station = await aStation(db);
    const res = await call(DELETE, station.id, { cookie: await cookieFor() });
    expect(res).toEqual({ status: 204, body: null });
    expect(await stationRow(station.id)).toBeUndefined();
    expect(await db.select().from(connectors).where(eq(connectors.stationId, station.id))).toEqual(
      [],
    );
    await events.next(station.id, 'station.updated');
    expect((await call(DELETE, station.id, { cookie: await cookieFor() })).status).toBe(404);
  });

  it('refuses (409) a station with sessions: their billing history would go with it', async () => {
    const station = await aStation(db);
    await aChargingSession(db, { stationId: station.id, status: 'COMPLETED' });
    const res = await call(DELETE, station.id, { cookie: await cookieFor() });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('billing history') as string },
    });
    expect(await stationRow(station.id)).toBeDefined();
  });

  it('refuses (409) a station whose charger is connected', async () => {
    const station = await aStation(db);
    await db.update(stations).set({ connectionState: 'online' }).where(eq(stations.id, station.id));
    const res = await call(DELETE, station.id, { cookie: await cookieFor() });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: { message: expect.stringContaining('online') as string },
    });
    expect(await stationRow(station.id)).toBeDefined();
  });

  it('answers 404 for an unknown station, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    expect((await call(DELETE, UNKNOWN_ID, { cookie: await cookieFor() })).status).toBe(404);
    expect((await call(DELETE, station.id)).status).toBe(401);
    expect((await call(DELETE, station.id, { cookie: await cookieFor('driver') })).status).toBe(
      403,
    );
    expect(await stationRow(station.id)).toBeDefined();
  });
});
