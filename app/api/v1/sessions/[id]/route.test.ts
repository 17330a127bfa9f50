import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { commands, meterValues, sessions, tariffs } from '@/db/schema';
import type { TCostBreakdown } from '@/db/schema/sessions';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { priceSessionById } from '@/lib/billing/price-session-by-id';
import { closeDb } from '@/lib/db';
import { ZSessionDetail } from '@/lib/openapi/schemas/sessions';
import type { TSessionDetail } from '@/lib/sessions/get-session-detail';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function detail(id: string, headers: Record<string, string>) {
  const response = await GET(new Request(`http://test.local/api/v1/sessions/${id}`, { headers }), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, body: (await response.json()) as TSessionDetail };
}

async function signedIn(role: 'driver' | 'operator' = 'driver') {
  const user = await aUser(db, { role });
  const { cookie } = await aSignedInCookie(db, user);
  return { user, headers: { cookie } };
}

/** A station whose site charges 0.39/kWh + 19% VAT (energy only, so the clock does not move it). */
async function aPricedStation() {
  const [tariff] = await db
    .insert(tariffs)
    .values({ name: 'AC', currency: 'EUR', energyPricePerMwh: 39_000, vatBasisPoints: 1900 })
    .returning();
  const site = await aSite(db, { tariffId: tariff!.id });
  return aStation(db, { siteId: site.id });
}

function register(session: { id: string; stationId: string }, sampledAt: Date, value: number) {
  return {
    stationId: session.stationId,
    connectorId: 1,
    sessionId: session.id,
    sampledAt,
    measurand: 'Energy.Active.Import.Register',
    unit: 'Wh',
    value,
  };
}

describe('GET /api/v1/sessions/{id}', () => {
  it("is 404 for another driver's session, by cookie or API key, and 200 for the owner and operators", async () => {
    const station = await aStation(db);
    const owner = await signedIn();
    const other = await signedIn();
    const session = await aChargingSession(db, { stationId: station.id, userId: owner.user.id });

    expect((await detail(session.id, owner.headers)).status).toBe(200);
    const refused = await detail(session.id, other.headers);
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { code: 'not_found' } });
    const key = await createApiKey(db, other.user.id, { name: 'ci', scope: 'write' });
    expect((await detail(session.id, { authorization: `Bearer ${key.secret}` })).status).toBe(404);
    expect((await detail(session.id, (await signedIn('operator')).headers)).status).toBe(200);
    expect((await detail('not-a-uuid', owner.headers)).status).toBe(404);
    expect((await detail(session.id, {})).status).toBe(401);
  });

  it('prices a running session live, the same as priceSessionById', async () => {
    const station = await aPricedStation();
    const { user, headers } = await signedIn();
    const startedAt = new Date(Date.now() - 40 * 60_000);
    const session = await aChargingSession(db, {
      stationId: station.id,
      userId: user.id,
      startedAt,
      meterStartWh: 10_000,
      lastMeterWh: 14_000,
      socPercent: 61.5,
      lastPowerW: 7_200,
    });
    const later = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
    // Inserted out of order: the detail returns them by time.
    await db.insert(meterValues).values([
      register(session, later(20), 14_000),
      register(session, later(10), 12_000),
      {
        ...register(session, later(10), 3.1),
        measurand: 'Current.Import',
        unit: 'A',
        phase: 'L1',
      },
    ]);

    const { status, body } = await detail(session.id, headers);
    expect(status).toBe(200);
    // zod strips unknown keys: equality means every field is documented.
    expect(ZSessionDetail.parse(body)).toEqual(body);
    const live = await priceSessionById(db, session.id);
    expect(live).not.toBeNull();
    expect(body.cost).toEqual(live);
    expect(body).toMatchObject({
      status: 'CHARGING',
      costMinor: live!.total,
      currency: 'EUR',
      energyWh: 4_000,
      socPercent: 61.5,
      lastPowerW: 7_200,
      lastMeterWh: 14_000,
      queue: null,
      meterValuesTruncated: false,
    });
    // 4 kWh × 0.39 = 1.56 + 19% VAT.
    expect(live!.total).toBe(156 + 30);
    expect(body.meterValues).toEqual([
      {
        sampledAt: later(10).toISOString(),
        measurand: 'Energy.Active.Import.Register',
        phase: null,
        unit: 'Wh',
        value: 12_000,
      },
      {
        sampledAt: later(10).toISOString(),
        measurand: 'Current.Import',
        phase: 'L1',
        unit: 'A',
        value: 3.1,
      },
      expect.objectContaining({ sampledAt: later(20).toISOString(), value: 14_000 }),
    ]);
  });

  it('shows the stored receipt once the session is finalised, and its commands', async () => {
    const station = await aPricedStation();
    const { user, headers } = await signedIn();
    const session = await aChargingSession(db, { stationId: station.id, userId: user.id });
    const receipt: TCostBreakdown = {
      currency: 'EUR',
      lines: [{ kind: 'energy', band: null, quantity: 9_000, amount: 351 }],
      subtotal: 351,
      vat: 67,
      total: 418,
      energyWh: 9_000,
    };
    const stoppedAt = new Date();
    await db
      .update(sessions)
      .set({
        status: 'STOPPED',
        stoppedAt,
        costBreakdown: receipt,
        costMinor: 418,
        currency: 'EUR',
      })
      .where(eq(sessions.id, session.id));
    const [stop] = await db
      .insert(commands)
      .values({
        stationId: station.id,
        action: 'RemoteStopTransaction',
        request: { transactionId: 1 },
        state: 'answered',
        ocppStatus: 'Accepted',
        sessionId: session.id,
        answeredAt: stoppedAt,
      })
      .returning();
    await db.insert(commands).values({
      stationId: station.id,
      action: 'Reset',
      request: { type: 'Soft' },
      state: 'offline',
    });

    const { body } = await detail(session.id, headers);
    expect(body).toMatchObject({
      status: 'STOPPED',
      costMinor: 418,
      currency: 'EUR',
      cost: receipt,
    });
    expect(body.stoppedAt).toBe(stoppedAt.toISOString());
    expect(ZSessionDetail.parse(body)).toEqual(body);
    expect(body.commands).toEqual([
      {
        id: stop!.id,
        action: 'RemoteStopTransaction',
        state: 'answered',
        ocppStatus: 'Accepted',
        createdAt: stop!.createdAt.toISOString(),
        answeredAt: stoppedAt.toISOString(),
      },
    ]);
  });

  it('has no cost without a tariff, and a queue place while waiting for a busy connector', async () => {
    const station = await aStation(db);
    const { user, headers } = await signedIn();
    const running = await aChargingSession(db, { stationId: station.id });
    const [waiting] = await db
      .insert(sessions)
      .values({
        stationId: station.id,
        connectorId: 1,
        status: 'PENDING',
        userId: user.id,
        queuedAt: new Date(),
      })
      .returning();
    const operator = await signedIn('operator');
    expect((await detail(running.id, operator.headers)).body).toMatchObject({
      cost: null,
      costMinor: null,
    });
    const { body } = await detail(waiting!.id, headers);
    expect(ZSessionDetail.parse(body)).toEqual(body);
    expect(body.queue).toEqual({ position: 1, estimatedWaitSeconds: expect.any(Number) });
    expect(body.queue!.estimatedWaitSeconds).toBeGreaterThanOrEqual(5 * 60);
  });
});
