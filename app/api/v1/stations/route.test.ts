import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stations, tariffs } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZCreatedStation } from '@/lib/openapi/schemas/management';
import { authenticateStation } from '@/lib/stations/authenticate-station';
import { createVerifiedCredentialsCache } from '@/lib/stations/verified-credentials-cache';
import { aSite, aStation, aUser, unique } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { basicAuth, listenForEvents, rawUpgrade, useOcppServer } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
const ocpp = useOcppServer();
let events: Awaited<ReturnType<typeof listenForEvents>>;
beforeAll(async () => {
  // The URL handed to operators is where the test's own ocpp-server listens.
  process.env.PUBLIC_OCPP_URL = ocpp.server.endpoint;
  events = await listenForEvents();
});
afterAll(async () => {
  await events.close();
  await closeDb();
});

/** A fresh caller per test: writes are rate limited per user. */
async function cookieFor(role: 'driver' | 'operator' = 'operator') {
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

async function create(body: unknown, cookie?: string) {
  const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const response = await POST(
    new Request('http://test.local/api/v1/stations', {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
  );
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function aTariff() {
  const [tariff] = await db
    .insert(tariffs)
    .values({ name: unique('Tariff'), currency: 'EUR' })
    .returning();
  return tariff!;
}

describe('POST /api/v1/stations', () => {
  it('registers the station with its connectors and answers its password once', async () => {
    const cookie = await cookieFor();
    const site = await aSite(db);
    const tariff = await aTariff();
    const identity = unique('CP');
    const { status, body, cacheControl } = await create(
      {
        identity,
        name: 'Harbour 1',
        siteId: site.id,
        tariffId: tariff.id,
        vendor: 'Alfen',
        model: 'Eve Single',
        connectors: [
          { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
          { connectorId: 2, type: 'CCS2', maxPowerW: 150_000 },
        ],
      },
      cookie,
    );

    expect(status).toBe(201);
    expect(cacheControl).toBe('no-store');
    const created = ZCreatedStation.parse(body);
    expect(created).toEqual(body);
    expect(created.station).toMatchObject({
      identity,
      name: 'Harbour 1',
      siteId: site.id,
      tariffId: tariff.id,
      registrationStatus: 'Accepted',
      connectionState: 'offline',
    });
    expect(created.station.connectors.map((c) => [c.connectorId, c.type, c.maxPowerW])).toEqual([
      [1, 'Type2', 22_000],
      [2, 'CCS2', 150_000],
    ]);
    expect(created.ocppUrl).toBe(`${ocpp.server.endpoint}/${identity}`);
    expect(created.ocppPassword.length).toBeGreaterThanOrEqual(20);
    await events.next(created.station.id, 'station.updated');

    const [row] = await db.select().from(stations).where(eq(stations.identity, identity));
    expect(row!.passwordHash).not.toContain(created.ocppPassword);
    const cache = createVerifiedCredentialsCache();
    const password = Buffer.from(created.ocppPassword);
    expect(await authenticateStation(db, identity, password, cache)).toEqual({
      stationId: created.station.id,
      identity,
    });
    expect(await authenticateStation(db, identity, Buffer.from('guess'), cache)).toBeNull();

    // A charger configured with exactly what the operator was given gets in.
    const upgrade = await rawUpgrade(created.ocppUrl, {
      authorization: basicAuth(identity, created.ocppPassword),
    });
    expect(upgrade.status).toBe(101);
    upgrade.socket?.close();
  });

  it('takes the registration status given, and no connectors', async () => {
    const { status, body } = await create(
      { identity: unique('CP'), name: 'Pending one', registrationStatus: 'Pending' },
      await cookieFor(),
    );
    expect(status).toBe(201);
    expect(body.station).toMatchObject({ registrationStatus: 'Pending', connectors: [] });
  });

  it('answers 409 for an identity that is taken, and creates nothing', async () => {
    const existing = await aStation(db);
    const { status, body } = await create(
      { identity: existing.identity, name: 'Twin', connectors: [] },
      await cookieFor(),
    );
    expect(status).toBe(409);
    expect(body).toMatchObject({ error: { code: 'conflict' } });
    const rows = await db.select().from(stations).where(eq(stations.identity, existing.identity));
    expect(rows.map((r) => r.name)).toEqual([existing.name]);
  });

  it('lets only one of two simultaneous requests for an identity win', async () => {
    const identity = unique('CP');
    const results = await Promise.all([
      create({ identity, name: 'A' }, await cookieFor()),
      create({ identity, name: 'B' }, await cookieFor()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('answers 422 naming siteId or tariffId when they name nothing', async () => {
    const cookie = await cookieFor();
    const unknownId = '00000000-0000-4000-8000-00000000beef';
    const identity = unique('CP');
    const site = await create({ identity, name: 'X', siteId: unknownId }, cookie);
    expect(site.status).toBe(422);
    expect(site.body).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'siteId' }] },
    });
    const tariff = await create({ identity, name: 'X', tariffId: unknownId }, cookie);
    expect(tariff.status).toBe(422);
    expect(tariff.body).toMatchObject({ error: { details: [{ path: 'tariffId' }] } });
    expect(await db.select().from(stations).where(eq(stations.identity, identity))).toEqual([]);
  });

  it('answers 422 for connectorIds listed twice and identities a charger could not use', async () => {
    const cookie = await cookieFor();
    const twice = await create(
      {
        identity: unique('CP'),
        name: 'X',
        connectors: [
          { connectorId: 1, type: 'Type2', maxPowerW: 22_000 },
          { connectorId: 1, type: 'CCS2', maxPowerW: 50_000 },
        ],
      },
      cookie,
    );
    expect(twice.status).toBe(422);
    expect(twice.body).toMatchObject({
      error: { details: [{ path: 'connectors.1.connectorId' }] },
    });

    for (const identity of ['', 'a/b', 'CP 1', 'CP:1', '..', 'x'.repeat(49), 'CP%201']) {
      const bad = await create({ identity, name: 'X' }, cookie);
      expect(bad.status, identity).toBe(422);
      expect(bad.body, identity).toMatchObject({ error: { details: [{ path: 'identity' }] } });
    }

    const power = await create(
      {
        identity: unique('CP'),
        name: 'X',
        connectors: [{ connectorId: 0, type: 'Plug', maxPowerW: -1 }],
      },
      cookie,
    );
    expect(power.status).toBe(422);
    const paths = (power.body as { error: { details: { path: string }[] } }).error.details;
    expect(paths.map((d) => d.path).sort()).toEqual([
      'connectors.0.connectorId',
      'connectors.0.maxPowerW',
      'connectors.0.type',
    ]);
  });

  it('answers 401 to anonymous callers and 403 to drivers', async () => {
    const body = { identity: unique('CP'), name: 'X' };
    expect((await create(body)).status).toBe(401);
    expect((await create(body, await cookieFor('driver'))).status).toBe(403);
    expect(await db.select().from(stations).where(eq(stations.identity, body.identity))).toEqual(
      [],
    );
  });
});
