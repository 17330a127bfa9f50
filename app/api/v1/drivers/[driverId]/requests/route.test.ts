import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { useSessionTestbed } from '@/lib/sessions/session-test-kit';
import { aUser } from '@/test/builders';
import { testDatabaseUrl } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { ZChargeRequestResult } from '@/lib/openapi/schemas/session-control';
import { DELETE } from './[id]/route';
import { POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const bed = useSessionTestbed();
afterAll(() => closeDb());

interface TRequestBody {
  session: {
    id: string;
    status: string;
    statusReason: string | null;
    queue: { position: number; estimatedWaitSeconds: number } | null;
  };
}

function request(driverId: string, cookie: string, body: unknown) {
  return POST(
    new Request(`http://test.local/api/v1/drivers/${driverId}/requests`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ driverId }) },
  );
}

function cancel(driverId: string, id: string, cookie: string) {
  return DELETE(
    new Request(`http://test.local/api/v1/drivers/${driverId}/requests/${id}`, {
      method: 'DELETE',
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId, id }) },
  );
}

describe('POST /api/v1/drivers/{driverId}/requests', () => {
  it('approves at a free connector and queues the next driver with a position and a wait', async () => {
    const { station } = await bed.aConnectedCharger({ plugInDelayMs: 60_000 });
    const first = await bed.aDriver();
    const second = await bed.aDriver();
    const firstCookie = (await aSignedInCookie(bed.db, first.user)).cookie;
    const secondCookie = (await aSignedInCookie(bed.db, second.user)).cookie;

    const approved = await request('me', firstCookie, {
      stationId: station.id,
      metadata: { bay: 3 },
    });
    expect(approved.status).toBe(201);
    expect(((await approved.json()) as TRequestBody).session).toMatchObject({
      status: 'APPROVED',
      queue: null,
    });

    const queued = await request(second.user.id, secondCookie, { chargerId: station.identity });
    expect(queued.status).toBe(201);
    const json: unknown = await queued.json();
    expect(ZChargeRequestResult.parse(json)).toEqual(json);
    const { session } = json as TRequestBody;
    expect(session.status).toBe('PENDING');
    expect(session.queue?.position).toBe(1);
    expect(session.queue?.estimatedWaitSeconds).toBeGreaterThan(0);

    const cancelled = await cancel('me', session.id, secondCookie);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ session: { status: 'CANCELLED', queue: null } });
    expect((await cancel('me', session.id, secondCookie)).status).toBe(409);
  });

  it('answers 422 naming the field, 400 for broken JSON, 403 for another driver, 404 for an unknown one', async () => {
    const driver = await bed.aDriver();
    const { cookie } = await aSignedInCookie(bed.db, driver.user);
    const missing = await request('me', cookie, { connectorId: 0 });
    expect(missing.status).toBe(422);
    const details = ((await missing.json()) as { error: { details: { path: string }[] } }).error
      .details;
    expect(details.map((d) => d.path).sort()).toEqual(['connectorId', 'stationId']);

    expect((await request('me', cookie, '{"stationId":')).status).toBe(400);
    const other = await bed.aDriver();
    expect((await request(other.user.id, cookie, { stationId: other.user.id })).status).toBe(403);

    const operator = await aUser(bed.db, { role: 'operator' });
    const operatorCookie = (await aSignedInCookie(bed.db, operator)).cookie;
    const unknown = await request('00000000-0000-4000-8000-00000000beef', operatorCookie, {
      stationId: '00000000-0000-4000-8000-00000000beef',
    });
    expect(unknown.status).toBe(404);
  });

  it('records a request the driver cannot make as DENIED with the reason', async () => {
    const { station } = await bed.aConnectedCharger();
    const untagged = await aUser(bed.db);
    const { cookie } = await aSignedInCookie(bed.db, untagged);
    const denied = await request('me', cookie, { stationId: station.id });
    expect(denied.status).toBe(201);
    expect(((await denied.json()) as TRequestBody).session).toMatchObject({
      status: 'DENIED',
      statusReason: 'You have no valid RFID tag to charge with',
    });
  });
});
