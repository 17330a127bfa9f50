import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { vehicles } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runDeleteVehicle, runSaveVehicle, runSetDefaultVehicle } from './run-vehicle-form';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator' = 'driver') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of [value].flat()) data.append(name, item);
  }
  return data;
}

const vehiclesOf = (userId: string) =>
  db.select().from(vehicles).where(eq(vehicles.userId, userId)).orderBy(vehicles.createdAt);

describe('runSaveVehicle', () => {
  it('adds vehicles (the first becomes the default) with the battery in Wh', async () => {
    const driver = await signedIn();
    const first = form({
      make: 'Renault',
      model: 'Zoe',
      batteryKwh: '52',
      connectorTypes: ['Type2', 'CCS2'],
    });
    expect(await runSaveVehicle(db, driver, first)).toEqual({
      status: 'saved',
      message: 'Renault Zoe added.',
    });
    await runSaveVehicle(db, driver, form({ make: 'VW', model: 'ID.3', batteryKwh: '58,5' }));
    expect(await vehiclesOf(driver.id)).toMatchObject([
      {
        make: 'Renault',
        batteryCapacityWh: 52_000,
        connectorTypes: ['Type2', 'CCS2'],
        isDefault: true,
      },
      { make: 'VW', batteryCapacityWh: 58_500, connectorTypes: [], isDefault: false },
    ]);
  });

  it('answers field errors and writes nothing for an invalid vehicle', async () => {
    const driver = await signedIn();
    const state = await runSaveVehicle(
      db,
      driver,
      form({ make: ' ', model: 'X', batteryKwh: 'lots', connectorTypes: 'Tesla' }),
    );
    expect(state).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        make: 'Required',
        batteryKwh: 'A number of kWh, e.g. 77.4',
        connectorTypes: 'Unknown connector type',
      },
    });
    expect(await vehiclesOf(driver.id)).toEqual([]);
  });

  it('edits only the driver’s own vehicle; another driver’s is not found', async () => {
    const owner = await signedIn();
    await runSaveVehicle(db, owner, form({ make: 'Kia', model: 'EV6', batteryKwh: '77.4' }));
    const [car] = await vehiclesOf(owner.id);
    const edit = form({ id: car!.id, make: 'Kia', model: 'EV6 GT', batteryKwh: '' });
    expect(await runSaveVehicle(db, await signedIn(), edit)).toEqual({
      status: 'refused',
      message: 'Vehicle not found.',
    });
    expect(await runSaveVehicle(db, owner, edit)).toMatchObject({ status: 'saved' });
    expect((await vehiclesOf(owner.id))[0]).toMatchObject({
      model: 'EV6 GT',
      batteryCapacityWh: null,
      isDefault: true,
    });
    expect(await runSaveVehicle(db, null, edit)).toMatchObject({ status: 'refused' });
  });
});

describe('runSetDefaultVehicle and runDeleteVehicle', () => {
  it('moves the default, refuses other drivers, and hands the default on when deleted', async () => {
    const driver = await signedIn();
    await runSaveVehicle(db, driver, form({ make: 'A', model: '1' }));
    await runSaveVehicle(db, driver, form({ make: 'B', model: '2' }));
    const [a, b] = await vehiclesOf(driver.id);
    const other = await signedIn('operator');

    expect(await runSetDefaultVehicle(db, other, form({ id: b!.id }))).toBe(false);
    expect(await runSetDefaultVehicle(db, driver, form({ id: b!.id }))).toBe(true);
    expect((await vehiclesOf(driver.id)).map((v) => v.isDefault)).toEqual([false, true]);

    expect(await runDeleteVehicle(db, other, form({ id: b!.id }))).toBe(false);
    expect(await runDeleteVehicle(db, driver, form({ id: 'not-a-uuid' }))).toBe(false);
    expect(await runDeleteVehicle(db, driver, form({ id: b!.id }))).toBe(true);
    expect(await vehiclesOf(driver.id)).toMatchObject([{ id: a!.id, isDefault: true }]);
  });
});
