import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { runSessionAction } from './run-session-action';

const { db, sql } = useTestDb();
let hub: EventHub;

beforeAll(async () => {
  hub = await createEventHub(sql);
});
afterAll(() => hub.close());

const deps = () => ({ db, events: hub, commandTimeoutMs: 2_000 });

async function signedIn() {
  const user = await aUser(db);
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function statusOf(id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

describe('runSessionAction', () => {
  it('asks before cancelling, then cancels the driver’s own request', async () => {
    const driver = await signedIn();
    const station = await aStation(db);
    const request = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      status: 'PENDING',
      startedAt: null,
    });
    const fields = { sessionId: request.id, intent: 'cancel' };
    expect(await runSessionAction(deps(), driver, form(fields))).toMatchObject({
      status: 'confirm',
      message: expect.stringContaining('Cancel this request?'),
    });
    expect((await statusOf(request.id))?.status).toBe('PENDING');
    expect(await runSessionAction(deps(), driver, form({ ...fields, confirmed: 'yes' }))).toEqual({
      status: 'done',
      message: 'Request cancelled.',
      sessionId: request.id,
    });
    expect(await statusOf(request.id)).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Cancelled by the driver',
    });
  });

  it('stops a charging session (offline charger: finalised at its last reading)', async () => {
    const driver = await signedIn();
    const station = await aStation(db);
    const running = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      transactionId: 900_000_000 + Math.floor(Math.random() * 1_000_000),
      lastMeterWh: 4_500,
    });
    const result = await runSessionAction(
      deps(),
      driver,
      form({ sessionId: running.id, intent: 'stop', confirmed: 'yes' }),
    );
    expect(result).toMatchObject({ status: 'done', message: 'Charging stopped.' });
    expect(await statusOf(running.id)).toMatchObject({
      status: 'STOPPED',
      stopReason: 'Remote',
      energyWh: 3_500,
    });
  });

  it('refuses signed-out callers, another driver’s session and a finished one', async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const station = await aStation(db);
    const running = await aChargingSession(db, { stationId: station.id, userId: owner.id });
    const stop = form({ sessionId: running.id, intent: 'stop', confirmed: 'yes' });
    expect(await runSessionAction(deps(), null, stop)).toMatchObject({ status: 'refused' });
    expect(await runSessionAction(deps(), other, stop)).toEqual({
      status: 'refused',
      message: 'Session not found.',
    });
    expect((await statusOf(running.id))?.status).toBe('CHARGING');
    const done = await aChargingSession(db, {
      stationId: station.id,
      userId: owner.id,
      status: 'COMPLETED',
      connectorId: 2,
    });
    const cancel = form({ sessionId: done.id, intent: 'cancel', confirmed: 'yes' });
    expect(await runSessionAction(deps(), owner, cancel)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('already COMPLETED'),
    });
    expect(
      await runSessionAction(deps(), owner, form({ sessionId: 'nope', intent: 'stop' })),
    ).toMatchObject({ status: 'refused' });
  });
});
