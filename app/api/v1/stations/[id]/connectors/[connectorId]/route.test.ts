import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZManagedConnector } from '@/lib/openapi/schemas/management';
import { aStation, aUser } from '@/test/builders';
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

async function call(
  route: typeof PATCH,
  target: { id: string; connectorId: string | number },
  init: { cookie?: string; body?: unknown } = {},
) {
  const params = { id: target.id, connectorId: String(target.connectorId) };
  const headers = {
    'content-type': 'application/json',
    ...(init.cookie ? { cookie: init.cookie } : {}),
  };
  const response = await route(
    new Request(`http://test.local/api/v1/stations/${params.id}/connectors/${params.connectorId}`, {
      method: route === PATCH ? 'PATCH' : 'DELETE',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as unknown };
}

async function connectorRow(stationId: string, connectorId: number) {
  const [row] = await db
    .select()
    .from(connectors)
    .where(and(eq(connectors.stationId, stationId), eq(connectors.connectorId, connectorId)));
  return row;
}

describe('PATCH /api/v1/stations/{id}/connectors/{connectorId}', () => {
  it('changes type and rated power, keeping the reported status', async () => {
    const station = await aStation(db);
    await db
      .update(connectors)
      .set({ status: 'Charging' })
      .where(and(eq(connectors.stationId, station.id), eq(connectors.connectorId, 2)));
    const res = await call(
      PATCH,
      { id: station.id, connectorId: 2 },
      { cookie: await cookieFor(), body: { type: 'CCS1', maxPowerW: 50_000 } },
    );
    expect(res.status).toBe(200);
    expect(ZManagedConnector.parse(res.body)).toEqual(res.body);
    expect(res.body).toEqual({
      connectorId: 2,
      type: 'CCS1',
      maxPowerW: 50_000,
      status: 'Charging',
    });
    expect(await connectorRow(station.id, 1)).toMatchObject({ type: 'Type2', maxPowerW: 22_000 });
    await events.next(station.id, 'station.updated');
  });

  it('answers 422 for an empty body or bad values', async () => {
    const station = await aStation(db);
    const cookie = await cookieFor();
    const target = { id: station.id, connectorId: 1 };
    expect((await call(PATCH, target, { cookie, body: {} })).status).toBe(422);
    const bad = await call(PATCH, target, { cookie, body: { maxPowerW: -5 } });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ error: { details: [{ path: 'maxPowerW' }] } });
    expect(await connectorRow(station.id, 1)).toMatchObject({ maxPowerW: 22_000 });
  });

  it('answers 404 for an unknown station or connector, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    const body = { maxPowerW: 1 };
    const cookie = await cookieFor();
    for (const target of [
      { id: UNKNOWN_ID, connectorId: 1 },
      { id: station.id, connectorId: 9 },
      { id: station.id, connectorId: 0 },
      { id: station.id, connectorId: 'one' },
    ]) {
      expect((await call(PATCH, target, { cookie, body })).status, JSON.stringify(target)).toBe(
        404,
      );
    }
    const target = { id: station.id, connectorId: 1 };
    expect((await call(PATCH, target, { body })).status).toBe(401);
    expect((await call(PATCH, target, { cookie: await cookieFor('driver'), body })).status).toBe(
      403,
    );
    expect(await connectorRow(station.id, 1)).toMatchObject({ maxPowerW: 22_000 });
  });
});

describe('DELETE /api/v1/stations/{id}/connectors/{connectorId}', () => {
  it('removes a connector with no session in progress (204), past sessions notwithstanding', async () => {
    const station = await aStation(db);
    await aChargingSession(db, { stationId: station.id, connectorId: 2, status: 'COMPLETED' });
    const res = await call(
      DELETE,
      { id: station.id, connectorId: 2 },
      { cookie: await cookieFor() },
    );
    expect(res).toEqual({ status: 204, body: null });
    expect(await connectorRow(station.id, 2)).toBeUndefined();
    expect(await connectorRow(station.id, 1)).toBeDefined();
    await events.next(station.id, 'station.updated');
  });

  it('refuses (409) while a session is requested, approved or charging on it', async () => {
    for (const status of ['PENDING', 'APPROVED', 'CHARGING'] as const) {
      const station = await aStation(db);
      await aChargingSession(db, { stationId: station.id, connectorId: 1, status });
      const res = await call(
        DELETE,
        { id: station.id, connectorId: 1 },
        { cookie: await cookieFor() },
      );
      expect(res.status, status).toBe(409);
      expect(res.body).toMatchObject({ error: { code: 'conflict' } });
      expect(await connectorRow(station.id, 1)).toBeDefined();
    }
  });

  it('answers 404 for an unknown station or connector, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    const cookie = await cookieFor();
    expect((await call(DELETE, { id: UNKNOWN_ID, connectorId: 1 }, { cookie })).status).toBe(404);
    const missing = await call(DELETE, { id: station.id, connectorId: 7 }, { cookie });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { message: 'The station has no connector 7' } });
    const target = { id: station.id, connectorId: 1 };
    expect((await call(DELETE, target)).status).toBe(401);
    expect((await call(DELETE, target, { cookie: await cookieFor('driver') })).status).toBe(403);
    expect(await connectorRow(station.id, 1)).toBeDefined();
  });
});
