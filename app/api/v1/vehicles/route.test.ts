import { afterAll, describe, expect, it } from 'vitest';
import type { TPage } from '@/lib/api/pagination';
import { closeDb } from '@/lib/db';
import type { TVehicle } from '@/lib/vehicles/vehicle-view';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET, POST } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return { user, cookie: (await aSignedInCookie(db, user)).cookie };
}

const list = async (cookie: string | null, query = '') => {
  const response = await GET(
    new Request(
      `http://test.local/api/v1/vehicles?${query}`,
      cookie ? { headers: { cookie } } : {},
    ),
  );
  return { status: response.status, page: (await response.json()) as TPage<TVehicle> };
};

const create = async (cookie: string | null, body: unknown) => {
  const response = await POST(
    new Request('http://test.local/api/v1/vehicles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as TVehicle };
};

const aCar = (overrides: Record<string, unknown> = {}) => ({
  make: 'Renault',
  model: 'Zoe',
  batteryCapacityWh: 52_000,
  connectorTypes: ['Type2', 'CCS2', 'Type2'],
  ...overrides,
});

describe('POST /api/v1/vehicles', () => {
  it('makes a driver’s first vehicle the default, and a later default takes over', async () => {
    const { user, cookie } = await signedIn('driver');
    const first = await create(cookie, aCar());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      userId: user.id,
      isDefault: true,
      connectorTypes: ['Type2', 'CCS2'],
    });

    const second = await create(cookie, aCar({ model: 'Megane' }));
    expect(second.body.isDefault).toBe(false);
    const third = await create(cookie, aCar({ model: 'Kangoo', isDefault: true }));
    expect(third.body.isDefault).toBe(true);

    const defaults = (await list(cookie)).page.items.filter((v) => v.isDefault);
    expect(defaults.map((v) => v.id)).toEqual([third.body.id]);
  });

  it('keeps one default when a driver adds two first vehicles at once', async () => {
    const { cookie } = await signedIn('driver');
    await Promise.all([create(cookie, aCar()), create(cookie, aCar({ model: 'Twingo' }))]);
    const { items } = (await list(cookie)).page;
    expect(items).toHaveLength(2);
    expect(items.filter((v) => v.isDefault)).toHaveLength(1);
  });

  it('answers 403 when a driver names another user, and lets an operator do it', async () => {
    const { user: other } = await signedIn('driver');
    const { cookie: driverCookie } = await signedIn('driver');
    expect((await create(driverCookie, aCar({ userId: other.id }))).status).toBe(403);

    const { cookie: operatorCookie } = await signedIn('operator');
    const made = await create(operatorCookie, aCar({ userId: other.id }));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ userId: other.id, isDefault: true });
  });

  it('answers 422 with field details, naming an unknown userId', async () => {
    const { cookie } = await signedIn('operator');
    const invalid = await create(cookie, aCar({ make: ' ', connectorTypes: ['Tesla'] }));
    expect(invalid.status).toBe(422);
    const { error } = invalid.body as unknown as { error: { details: { path: string }[] } };
    expect(error.details.map((d) => d.path).sort()).toEqual(['connectorTypes.0', 'make']);

    const unknownUser = await create(
      cookie,
      aCar({ userId: '00000000-0000-4000-8000-000000000005' }),
    );
    expect(unknownUser.status).toBe(422);
    expect(unknownUser.body).toMatchObject({ error: { details: [{ path: 'userId' }] } });
  });

  it('answers 401 anonymous', async () => {
    expect((await create(null, aCar())).status).toBe(401);
  });
});

describe('GET /api/v1/vehicles', () => {
  it('gives a driver only their own vehicles, whatever userId they ask for', async () => {
    const { user: me, cookie } = await signedIn('driver');
    const { user: other, cookie: otherCookie } = await signedIn('driver');
    const mine = await create(cookie, aCar());
    await create(otherCookie, aCar());

    expect((await list(cookie)).page.items.map((v) => v.id)).toEqual([mine.body.id]);
    expect((await list(cookie, `userId=${other.id}`)).page.items).toEqual([]);
    expect(mine.body.userId).toBe(me.id);
  });

  it('lets an operator list one driver’s vehicles by make and model, paged by cursor', async () => {
    const { user: driver, cookie } = await signedIn('driver');
    const zoe = await create(cookie, aCar({ make: 'Renault', model: 'Zoe' }));
    const id3 = await create(cookie, aCar({ make: 'Volkswagen', model: 'ID.3' }));
    const kona = await create(cookie, aCar({ make: 'Hyundai', model: 'Kona' }));
    const { cookie: operatorCookie } = await signedIn('operator');

    const first = await list(operatorCookie, `userId=${driver.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.page.items.map((v) => v.id)).toEqual([kona.body.id, zoe.body.id]);
    const second = await list(
      operatorCookie,
      `userId=${driver.id}&limit=2&cursor=${first.page.nextCursor}`,
    );
    expect(second.page.items.map((v) => v.id)).toEqual([id3.body.id]);
    expect(second.page.nextCursor).toBeNull();
  });

  it('answers 401 anonymous and 400 for a bad cursor', async () => {
    expect((await list(null)).status).toBe(401);
    const { cookie } = await signedIn('driver');
    expect((await list(cookie, 'cursor=e30')).status).toBe(400);
  });
});
