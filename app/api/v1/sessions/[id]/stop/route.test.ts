import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { closeDb } from '@/lib/db';
import { useSessionTestbed } from '@/lib/sessions/session-test-kit';
import { startRemoteSession } from '@/lib/sessions/start-remote-session';
import { testDatabaseUrl } from '@/test/db';
import { eventually } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { ZStoppedSession } from '@/lib/openapi/schemas/session-control';
import { POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const bed = useSessionTestbed();
afterAll(() => closeDb());

async function aChargingSessionOf(driver: Awaited<ReturnType<typeof bed.aDriver>>) {
  const { station, charger } = await bed.aConnectedCharger();
  const { sessionId } = await startRemoteSession(bed.deps, {
    caller: driver.viewer,
    request: { stationId: station.id },
  });
  await eventually(async () => (await bed.sessionOf(sessionId))?.status === 'CHARGING');
  return { sessionId, charger, station };
}

const stop = (sessionId: string, headers: Record<string, string>) =>
  POST(
    new Request(`http://test.local/api/v1/sessions/${sessionId}/stop`, { method: 'POST', headers }),
    {
      params: Promise.resolve({ id: sessionId }),
    },
  );

describe('POST /api/v1/sessions/{id}/stop', () => {
  it('stops the driver’s own session: STOPPED, billed, with the charger’s answer', async () => {
    const driver = await bed.aDriver();
    const { sessionId } = await aChargingSessionOf(driver);
    const { cookie } = await aSignedInCookie(bed.db, driver.user);
    const response = await stop(sessionId, { cookie });
    expect(response.status).toBe(200);
    const json: unknown = await response.json();
    expect(ZStoppedSession.parse(json)).toEqual(json);
    const body = json as {
      session: { status: string; cost: { currency: string } | null; stopReason: string };
      command: { ocppStatus: string; state: string };
    };
    expect(body.command).toMatchObject({ state: 'answered', ocppStatus: 'Accepted' });
    expect(body.session).toMatchObject({ status: 'STOPPED', stopReason: 'Remote' });
    expect(body.session.cost?.currency).toBe('EUR');
  });

  it('another driver, by cookie or by API key, gets 404 and the session keeps charging', async () => {
    const owner = await bed.aDriver();
    const stranger = await bed.aDriver();
    const { sessionId } = await aChargingSessionOf(owner);
    const { cookie } = await aSignedInCookie(bed.db, stranger.user);
    const key = await createApiKey(bed.db, stranger.user.id, { name: 'app', scope: 'write' });

    expect((await stop(sessionId, { cookie })).status).toBe(404);
    const byKey = await stop(sessionId, { authorization: `Bearer ${key.secret}` });
    expect(byKey.status).toBe(404);
    expect(await byKey.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await bed.sessionOf(sessionId))?.status).toBe('CHARGING');
  });

  it('finalises even with the charger offline and says so; a second stop is 409', async () => {
    const driver = await bed.aDriver();
    const { sessionId, charger, station } = await aChargingSessionOf(driver);
    await charger.close();
    await eventually(async () => {
      const [row] = await bed.db.select().from(stations).where(eq(stations.id, station.id));
      return row?.connectionState === 'offline';
    });
    const { cookie } = await aSignedInCookie(bed.db, driver.user);
    const response = await stop(sessionId, { cookie });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      session: { status: 'STOPPED' },
      command: { state: 'offline', ocppStatus: null },
    });
    const row = await bed.sessionOf(sessionId);
    expect(row).toMatchObject({ status: 'STOPPED', chargerStoppedAt: null });
    expect(row?.costMinor).not.toBeNull();
    const again = await stop(sessionId, { cookie });
    expect(again.status).toBe(409);
  });
});
