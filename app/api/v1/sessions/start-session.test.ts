import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { useSessionTestbed } from '@/lib/sessions/session-test-kit';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl } from '@/test/db';
import { eventually } from '@/test/ocpp-builders';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { ZStartedSession } from '@/lib/openapi/schemas/session-control';
import { POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;
// A charger that never answers makes the API wait this long before its 504.
process.env.COMMAND_TIMEOUT_MS = '800';

const bed = useSessionTestbed();
afterAll(() => closeDb());

interface TErrorBody {
  error: { code: string; details: unknown };
}

async function start(cookie: string | null, body: unknown) {
  const response = await POST(
    new Request('http://test.local/api/v1/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as unknown };
}

async function aDriverCookie() {
  const driver = await bed.aDriver();
  return { driver, cookie: (await aSignedInCookie(bed.db, driver.user)).cookie };
}

describe('POST /api/v1/sessions', () => {
  it('201: the charger accepted; the session carries the metadata and becomes CHARGING', async () => {
    const { station } = await bed.aConnectedCharger();
    const { driver, cookie } = await aDriverCookie();
    const { status, body } = await start(cookie, {
      chargerId: station.identity,
      connectorId: 1,
      metadata: { bay: '12', fleet: { ref: 'F-9' } },
    });
    expect(status).toBe(201);
    // Exactly the documented shape: zod strips unknown keys, so equality means none went out.
    expect(ZStartedSession.parse(body)).toEqual(body);
    const started = body as { session: { id: string; metadata: unknown; idTag: string } };
    expect(body).toMatchObject({
      session: { metadata: { bay: '12', fleet: { ref: 'F-9' } }, idTag: driver.tag.idTag },
      command: { state: 'answered', ocppStatus: 'Accepted' },
    });
    await eventually(async () => (await bed.sessionOf(started.session.id))?.status === 'CHARGING');
  });

  it('an operator starts for a driver’s tag; the session is the driver’s', async () => {
    const { station } = await bed.aConnectedCharger();
    const { driver } = await aDriverCookie();
    const operator = await aUser(bed.db, { role: 'operator' });
    const { cookie } = await aSignedInCookie(bed.db, operator);
    const { status, body } = await start(cookie, {
      stationId: station.id,
      idTag: driver.tag.idTag,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ session: { userId: driver.user.id } });
  });

  it.each([
    ['Rejected', { status: 'Rejected' }, 502, 'charger_rejected', 'Rejected'],
    ['no answer', 'never', 504, 'charger_timeout', null],
  ] as const)(
    '%s: %s with the charger’s answer and no session',
    async (_, answer, status, code, ocppStatus) => {
      const { station } = await bed.aConnectedCharger({
        answer: (method) => (method === 'RemoteStartTransaction' ? answer : undefined),
      });
      const { cookie } = await aDriverCookie();
      const response = await start(cookie, { stationId: station.id });
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ error: { code, details: { ocppStatus } } });
      expect(await bed.sessionsAt(station.id)).toEqual([]);
    },
  );

  it('503 offline, 409 busy, 404 unknown station, 401 signed out', async () => {
    const { cookie } = await aDriverCookie();
    const offline = await aStation(bed.db);
    expect((await start(cookie, { stationId: offline.id })).status).toBe(503);
    expect(await bed.sessionsAt(offline.id)).toEqual([]);

    const { station } = await bed.aConnectedCharger();
    await aChargingSession(bed.db, { stationId: station.id, connectorId: 1 });
    const busy = await start(cookie, { stationId: station.id, connectorId: 1 });
    expect(busy.status).toBe(409);
    expect((busy.body as TErrorBody).error.code).toBe('conflict');

    const unknown = await start(cookie, { stationId: '00000000-0000-4000-8000-00000000f00d' });
    expect(unknown.status).toBe(404);
    expect((await start(null, { stationId: station.id })).status).toBe(401);
  });

  it('422 names each bad field', async () => {
    const { cookie } = await aDriverCookie();
    const { status, body } = await start(cookie, {
      stationId: 'not-a-uuid',
      connectorId: 'one',
      metadata: 'bay 4',
      idTag: 'X'.repeat(21),
    });
    expect(status).toBe(422);
    const paths = (body as { error: { details: { path: string }[] } }).error.details.map(
      (d) => d.path,
    );
    expect(paths.sort()).toEqual(['connectorId', 'idTag', 'metadata', 'stationId']);

    const neither = await start(cookie, { connectorId: 1 });
    expect(neither.status).toBe(422);
    expect((neither.body as TErrorBody).error.details).toEqual([
      { path: 'stationId', message: 'Give exactly one of stationId or chargerId' },
    ]);
  });
});
