import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { ZCurrentSessions, ZDriverStoppedSession } from '@/lib/openapi/schemas/driver-sessions';
import { useSessionTestbed } from '@/lib/sessions/session-test-kit';
import { startRemoteSession } from '@/lib/sessions/start-remote-session';
import { aUser } from '@/test/builders';
import { testDatabaseUrl } from '@/test/db';
import { eventually } from '@/test/ocpp-builders';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET as getCurrent } from '../../current/route';
import { POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const bed = useSessionTestbed();
afterAll(() => closeDb());

async function aChargingSessionOf(driver: Awaited<ReturnType<typeof bed.aDriver>>) {
  const { station } = await bed.aConnectedCharger();
  const { sessionId } = await startRemoteSession(bed.deps, {
    caller: driver.viewer,
    request: { stationId: station.id },
  });
  await eventually(async () => (await bed.sessionOf(sessionId))?.status === 'CHARGING');
  return sessionId;
}

const stop = (driverId: string, id: string, cookie: string) =>
  POST(
    new Request(`http://test.local/api/v1/drivers/${driverId}/sessions/${id}/stop`, {
      method: 'POST',
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId, id }) },
  );

const current = (driverId: string, cookie: string) =>
  getCurrent(
    new Request(`http://test.local/api/v1/drivers/${driverId}/sessions/current`, {
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId }) },
  );

describe('GET /drivers/{driverId}/sessions/current and POST …/sessions/{id}/stop', () => {
  it('shows the charging session live, stops it for its driver, and then has nothing current', async () => {
    const driver = await bed.aDriver();
    const sessionId = await aChargingSessionOf(driver);
    const { cookie } = await aSignedInCookie(bed.db, driver.user);

    const live = await current('me', cookie);
    expect(live.status).toBe(200);
    const json: unknown = await live.json();
    expect(ZCurrentSessions.parse(json)).toEqual(json);
    expect((json as { items: { id: string; status: string }[] }).items).toMatchObject([
      { id: sessionId, status: 'CHARGING' },
    ]);

    const stopped = await stop('me', sessionId, cookie);
    expect(stopped.status).toBe(200);
    const body: unknown = await stopped.json();
    expect(ZDriverStoppedSession.parse(body)).toEqual(body);
    expect(body).toMatchObject({
      session: { id: sessionId, status: 'STOPPED', stopReason: 'Remote' },
      command: { state: 'answered', ocppStatus: 'Accepted' },
    });
    expect(await (await current(driver.user.id, cookie)).json()).toEqual({ items: [] });
    expect((await stop('me', sessionId, cookie)).status).toBe(409);
  });

  it('never reaches another driver’s session: 403 by their id, 404 by the session id, also for an operator on the wrong driver', async () => {
    const owner = await bed.aDriver();
    const stranger = await bed.aDriver();
    const sessionId = await aChargingSessionOf(owner);
    const strangerCookie = (await aSignedInCookie(bed.db, stranger.user)).cookie;
    const operator = await aUser(bed.db, { role: 'operator' });
    const operatorCookie = (await aSignedInCookie(bed.db, operator)).cookie;

    expect((await current(owner.user.id, strangerCookie)).status).toBe(403);
    expect((await stop(owner.user.id, sessionId, strangerCookie)).status).toBe(403);
    expect((await stop('me', sessionId, strangerCookie)).status).toBe(404);
    expect((await stop(stranger.user.id, sessionId, operatorCookie)).status).toBe(404);
    expect((await stop('me', sessionId, operatorCookie)).status).toBe(404);
    expect((await bed.sessionOf(sessionId))?.status).toBe('CHARGING');

    const seen = await current(owner.user.id, operatorCookie);
    expect(((await seen.json()) as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([
      sessionId,
    ]);
    expect((await stop(owner.user.id, sessionId, operatorCookie)).status).toBe(200);
    expect((await bed.sessionOf(sessionId))?.status).toBe('STOPPED');
  });
});
