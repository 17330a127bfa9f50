import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { vehicles } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { createVehicle } from '@/lib/vehicles/create-vehicle';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, PATCH } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return { user, cookie: (await aSignedInCookie(db, user)).cookie };
}

const aVehicle = (userId: string, overrides: { model?: string; isDefault?: boolean } = {}) =>
  createVehicle(db, userId, {
    make: 'Kia',
    model: overrides.model ?? 'EV6',
    connectorTypes: ['CCS2'],
    isDefault: overrides.isDefault,
  });

function call(method: 'PATCH' | 'DELETE', id: string, cookie: string | null, body?: unknown) {
  const handler = { PATCH, DELETE }[method];
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return handler(
    new Request(`http://test.local/api/v1/vehicles/${id}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve({ id }) },
  );
}

async function defaultsOf(userId: string) {
  const rows = await db.select().from(vehicles).where(eq(vehicles.userId, userId));
  return rows.filter((v) => v.isDefault).map((v) => v.id);
}

describe('PATCH /api/v1/vehicles/{id}', () => {
  it('changes a driver’s own vehicle; making it the default unsets the other', async () => {
    const { user, cookie } = await signedIn('driver');
    const first = await aVehicle(user.id);
    const second = await aVehicle(user.id, { model: 'Niro' });
    expect(await defaultsOf(user.id)).toEqual([first.id]);
    const response = await call('PATCH', second.id, cookie, {
      isDefault: true,
      batteryCapacityWh: 64_800,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: second.id,
      isDefault: true,
      batteryCapacityWh: 64_800,
    });
    expect(await defaultsOf(user.id)).toEqual([second.id]);
  });

  it('answers 404 for another driver’s vehicle and leaves it alone', async () => {
    const { user: other } = await signedIn('driver');
    const theirs = await aVehicle(other.id);
    const { cookie } = await signedIn('driver');
    expect((await call('PATCH', theirs.id, cookie, { model: 'Stolen' })).status).toBe(404);
    const [row] = await db.select().from(vehicles).where(eq(vehicles.id, theirs.id));
    expect(row?.model).toBe('EV6');
  });

  it('lets an operator change anyone’s vehicle', async () => {
    const { user: driver } = await signedIn('driver');
    const car = await aVehicle(driver.id);
    const { cookie } = await signedIn('operator');
    const response = await call('PATCH', car.id, cookie, { model: 'EV9' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ model: 'EV9' });
  });

  it('answers 422 with field details, 404 unknown, 401 anonymous', async () => {
    const { user, cookie } = await signedIn('driver');
    const car = await aVehicle(user.id);
    const bad = await call('PATCH', car.id, cookie, { batteryCapacityWh: -1, userId: user.id });
    expect(bad.status).toBe(422);
    const { error } = (await bad.json()) as { error: { details: { path: string }[] } };
    expect(error.details.map((d) => d.path)).toContain('batteryCapacityWh');
    expect((await call('PATCH', UNKNOWN_ID, cookie, { model: 'X' })).status).toBe(404);
    expect((await call('PATCH', car.id, null, { model: 'X' })).status).toBe(401);
  });
});

describe('DELETE /api/v1/vehicles/{id}', () => {
  it('deletes a driver’s vehicle (204); the newest remaining one becomes the default', async () => {
    const { user, cookie } = await signedIn('driver');
    const first = await aVehicle(user.id);
    const second = await aVehicle(user.id, { model: 'Niro' });
    const response = await call('DELETE', first.id, cookie);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await defaultsOf(user.id)).toEqual([second.id]);
  });

  it('answers 404 for another driver’s vehicle, an unknown one, and 401 anonymous', async () => {
    const { user: other } = await signedIn('driver');
    const theirs = await aVehicle(other.id);
    const { cookie } = await signedIn('driver');
    expect((await call('DELETE', theirs.id, cookie)).status).toBe(404);
    expect(await db.select().from(vehicles).where(eq(vehicles.id, theirs.id))).toHaveLength(1);
    expect((await call('DELETE', UNKNOWN_ID, cookie)).status).toBe(404);
    expect((await call('DELETE', theirs.id, null)).status).toBe(401);
  });

  it('lets an operator delete anyone’s vehicle', async () => {
    const { user: driver } = await signedIn('driver');
    const car = await aVehicle(driver.id);
    const { cookie } = await signedIn('operator');
    expect((await call('DELETE', car.id, cookie)).status).toBe(204);
  });
});
