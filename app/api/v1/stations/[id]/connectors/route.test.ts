import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectors } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZManagedConnector } from '@/lib/openapi/schemas/management';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { listenForEvents } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST } from './route';

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

async function add(id: string, body: unknown, cookie?: string) {
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const response = await POST(
    new Request(`http://test.local/api/v1/stations/${id}/connectors`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

const connectorThree = { connectorId: 3, type: 'CHAdeMO', maxPowerW: 50_000 } as const;

async function connectorRows(stationId: string, connectorId: number) {
  return db
    .select()
    .from(connectors)
    .where(and(eq(connectors.stationId, stationId), eq(connectors.connectorId, connectorId)));
}

describe('POST /api/v1/stations/{id}/connectors', () => {
  it('adds the connector (201) and announces the change', async () => {
    const station = await aStation(db);
    const { status, body } = await add(station.id, connectorThree, await cookieFor());
    expect(status).toBe(201);
    expect(ZManagedConnector.parse(body)).toEqual(body);
    expect(body).toEqual({ ...connectorThree, status: 'Unavailable' });
    expect(await connectorRows(station.id, 3)).toHaveLength(1);
    await events.next(station.id, 'station.updated');
  });

  it('answers 409 for a connectorId the station already has, even when two race', async () => {
    const station = await aStation(db);
    const taken = await add(
      station.id,
      { connectorId: 1, type: 'CCS2', maxPowerW: 1 },
      await cookieFor(),
    );
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: 'conflict' } });
    expect((await connectorRows(station.id, 1))[0]).toMatchObject({ type: 'Type2' });

    const raced = await Promise.all([
      add(station.id, connectorThree, await cookieFor()),
      add(station.id, connectorThree, await cookieFor()),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('answers 422 with the fields at fault', async () => {
    const station = await aStation(db);
    const res = await add(
      station.id,
      { connectorId: 1.5, type: 'Tesla', maxPowerW: 0 },
      await cookieFor(),
    );
    expect(res.status).toBe(422);
    const details = (res.body as { error: { details: { path: string }[] } }).error.details;
    expect(details.map((d) => d.path).sort()).toEqual(['connectorId', 'maxPowerW', 'type']);
  });

  it('answers 404 for an unknown station, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    expect((await add(UNKNOWN_ID, connectorThree, await cookieFor())).status).toBe(404);
    expect((await add(station.id, connectorThree)).status).toBe(401);
    expect((await add(station.id, connectorThree, await cookieFor('driver'))).status).toBe(403);
    expect(await connectorRows(station.id, 3)).toEqual([]);
  });
});
