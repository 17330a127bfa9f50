import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { ZVehicle, ZVehiclePage } from '@/lib/openapi/schemas/directory';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET, POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const url = (driverId: string) => `http://test.local/api/v1/drivers/${driverId}/vehicles`;
const params = (driverId: string) => ({ params: Promise.resolve({ driverId }) });
const add = (driverId: string, cookie: string, body: unknown) =>
  POST(
    new Request(url(driverId), {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    params(driverId),
  );
const list = (driverId: string, cookie: string) =>
  GET(new Request(url(driverId), { headers: { cookie } }), params(driverId));

describe('GET/POST /drivers/{driverId}/vehicles', () => {
  it('adds vehicles for the driver (the first is the default) and lists only theirs', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    await add(other.id, (await aSignedInCookie(db, other)).cookie, {
      make: 'Kia',
      model: 'EV6',
      connectorTypes: ['CCS2'],
    });

    const created = await add('me', cookie, {
      make: 'Volkswagen',
      model: 'ID.3',
      batteryCapacityWh: 58_000,
      connectorTypes: ['Type2', 'CCS2'],
    });
    expect(created.status).toBe(201);
    const vehicle: unknown = await created.json();
    expect(ZVehicle.parse(vehicle)).toEqual(vehicle);
    expect(vehicle).toMatchObject({ userId: driver.id, isDefault: true });
    expect(
      (await add('me', cookie, { make: 'Fiat', model: '500e', connectorTypes: [] })).status,
    ).toBe(201);

    const page: unknown = await (await list('me', cookie)).json();
    expect(ZVehiclePage.parse(page)).toEqual(page);
    expect((page as { items: { make: string; isDefault: boolean }[] }).items).toMatchObject([
      { make: 'Fiat', isDefault: false },
      { make: 'Volkswagen', isDefault: true },
    ]);
  });

  it('answers 403 for another driver, 422 for a body naming an owner, and lets an operator act for a driver', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    expect((await list(other.id, cookie)).status).toBe(403);
    expect(
      (await add(other.id, cookie, { make: 'A', model: 'B', connectorTypes: [] })).status,
    ).toBe(403);
    const naming = await add('me', cookie, {
      make: 'A',
      model: 'B',
      connectorTypes: [],
      userId: other.id,
    });
    expect(naming.status).toBe(422);

    const operator = await aUser(db, { role: 'operator' });
    const operatorCookie = (await aSignedInCookie(db, operator)).cookie;
    const created = await add(driver.id, operatorCookie, {
      make: 'Tesla',
      model: '3',
      connectorTypes: ['CCS2'],
    });
    expect(await created.json()).toMatchObject({ userId: driver.id });
    expect(
      ((await (await list(driver.id, operatorCookie)).json()) as { items: unknown[] }).items,
    ).toHaveLength(1);
  });
});
