import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZStationCredentials } from '@/lib/openapi/schemas/management';
import { authenticateStation } from '@/lib/stations/authenticate-station';
import { createVerifiedCredentialsCache } from '@/lib/stations/verified-credentials-cache';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { basicAuth, rawUpgrade, useOcppServer } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
const ocpp = useOcppServer();
beforeAll(() => {
  process.env.PUBLIC_OCPP_URL = ocpp.server.endpoint;
});
afterAll(() => closeDb());

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

/** A fresh caller per test: writes are rate limited per user. */
async function cookieFor(role: 'driver' | 'operator' = 'operator') {
  return (await aSignedInCookie(db, await aUser(db, { role }))).cookie;
}

async function rotate(id: string, cookie?: string) {
  const response = await POST(
    new Request(`http://test.local/api/v1/stations/${id}/password`, {
      method: 'POST',
      headers: cookie ? { cookie } : {},
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

async function upgradeStatus(url: string, identity: string, password: string) {
  const { status, socket } = await rawUpgrade(url, {
    authorization: basicAuth(identity, password),
  });
  socket?.close();
  return status;
}

describe('POST /api/v1/stations/{id}/password', () => {
  it('replaces the password: the new one lets the charger in, the old one no longer does', async () => {
    // A guessable (scrypt-hashed) password, which the ocpp-server remembers once verified.
    const station = await aStation(db, { password: 'test-password-123' });
    const url = `${ocpp.server.endpoint}/${station.identity}`;
    expect(await upgradeStatus(url, station.identity, station.password)).toBe(101);

    const { status, body } = await rotate(station.id, await cookieFor());
    expect(status).toBe(200);
    const credentials = ZStationCredentials.parse(body);
    expect(credentials).toEqual(body);
    expect(credentials.ocppUrl).toBe(url);
    expect(credentials.ocppPassword).not.toBe(station.password);

    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row!.passwordHash).not.toContain(credentials.ocppPassword);
    const cache = createVerifiedCredentialsCache();
    const check = (password: string) =>
      authenticateStation(db, station.identity, Buffer.from(password), cache);
    expect(await check(credentials.ocppPassword)).toEqual({
      stationId: station.id,
      identity: station.identity,
    });
    expect(await check(station.password)).toBeNull();

    expect(await upgradeStatus(url, station.identity, station.password)).toBe(401);
    expect(await upgradeStatus(url, station.identity, credentials.ocppPassword)).toBe(101);
  });

  it('answers 404 for an unknown station, 401 anonymous and 403 to drivers', async () => {
    const station = await aStation(db);
    const before = (await db.select().from(stations).where(eq(stations.id, station.id)))[0];
    expect((await rotate(UNKNOWN_ID, await cookieFor())).status).toBe(404);
    expect((await rotate('nope', await cookieFor())).status).toBe(404);
    expect((await rotate(station.id)).status).toBe(401);
    expect((await rotate(station.id, await cookieFor('driver'))).status).toBe(403);
    const after = (await db.select().from(stations).where(eq(stations.id, station.id)))[0];
    expect(after!.passwordHash).toBe(before!.passwordHash);
  });
});
