import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { listFavorites } from '@/lib/favorites/list-favorites';
import { createVehicle } from '@/lib/vehicles/create-vehicle';
import { aStation, aUser, anIdTag } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { aChargingSession } from '@/test/web-builders';
import { runChargeHere, runToggleFavorite, type TChargeDeps } from './run-charger-actions';

const { db, sql } = useTestDb();
let hub: EventHub;
let deps: TChargeDeps;

beforeAll(async () => {
  hub = await createEventHub(sql);
  deps = { db, events: hub, commandTimeoutMs: 2_000, approvalTimeoutS: 60 };
});
afterAll(() => hub.close());

async function aDriver() {
  const user = await aUser(db);
  await anIdTag(db, { userId: user.id });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const sessionsOf = (userId: string) =>
  db.select().from(sessions).where(eq(sessions.userId, userId));

describe('runChargeHere', () => {
  it('records the request for the chosen connector and car', async () => {
    const driver = await aDriver();
    const station = await aStation(db);
    const car = await createVehicle(db, driver.id, {
      make: 'Kia',
      model: 'EV6',
      connectorTypes: [],
    });
    const state = await runChargeHere(
      deps,
      driver,
      form({ stationId: station.id, connectorId: '2', vehicleId: car.id }),
    );
    expect(state).toMatchObject({ status: 'requested', sessionId: expect.any(String) });
    expect(await sessionsOf(driver.id)).toMatchObject([
      { stationId: station.id, connectorId: 2, vehicleId: car.id },
    ]);
  });

  it('refuses a second waiting request with a link to it (409), and another driver’s car', async () => {
    const driver = await aDriver();
    const station = await aStation(db);
    const waiting = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      status: 'PENDING',
      startedAt: null,
    });
    expect(
      await runChargeHere(
        deps,
        driver,
        form({ stationId: station.id, connectorId: '2', vehicleId: '' }),
      ),
    ).toEqual({
      status: 'refused',
      message: 'You already have a charging request waiting',
      waitingSessionId: waiting.id,
    });
    const other = await aDriver();
    const driversCar = await createVehicle(db, driver.id, {
      make: 'VW',
      model: 'ID.3',
      connectorTypes: [],
    });
    expect(
      await runChargeHere(
        deps,
        other,
        form({ stationId: station.id, connectorId: '2', vehicleId: driversCar.id }),
      ),
    ).toMatchObject({ status: 'refused', vehicleError: 'Not one of your vehicles' });
    expect(await sessionsOf(other.id)).toEqual([]);
  });

  it('refuses signed-out callers and forms without a connector, recording nothing', async () => {
    const station = await aStation(db);
    expect(
      await runChargeHere(deps, null, form({ stationId: station.id, connectorId: '1' })),
    ).toMatchObject({
      status: 'refused',
    });
    const driver = await aDriver();
    expect(await runChargeHere(deps, driver, form({ stationId: station.id }))).toEqual({
      status: 'refused',
      message: 'Choose a connector to charge at.',
    });
    expect(await sessionsOf(driver.id)).toEqual([]);
  });
});

describe('runToggleFavorite', () => {
  it('saves and forgets a charger for the signed-in driver only', async () => {
    const driver = await aDriver();
    const other = await aDriver();
    const station = await aStation(db);
    await runToggleFavorite(db, other, form({ stationId: station.id, favorite: 'true' }));

    expect(
      await runToggleFavorite(db, driver, form({ stationId: station.id, favorite: 'true' })),
    ).toEqual({
      status: 'saved',
      isFavorite: true,
    });
    expect((await listFavorites(db, { userId: driver.id })).map((f) => f.stationId)).toEqual([
      station.id,
    ]);
    expect(
      await runToggleFavorite(db, driver, form({ stationId: station.id, favorite: 'false' })),
    ).toEqual({
      status: 'saved',
      isFavorite: false,
    });
    expect(await listFavorites(db, { userId: driver.id })).toEqual([]);
    expect(await listFavorites(db, { userId: other.id })).toHaveLength(1);
  });

  it('refuses unknown chargers and signed-out callers', async () => {
    const driver = await aDriver();
    expect(
      await runToggleFavorite(
        db,
        driver,
        form({ stationId: crypto.randomUUID(), favorite: 'true' }),
      ),
    ).toEqual({ status: 'refused', message: 'Unknown charger.' });
    const station = await aStation(db);
    expect(
      await runToggleFavorite(db, null, form({ stationId: station.id, favorite: 'true' })),
    ).toMatchObject({
      status: 'refused',
    });
  });
});
