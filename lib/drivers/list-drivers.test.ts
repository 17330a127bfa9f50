import { describe, expect, it } from 'vitest';
import { vehicles } from '@/db/schema';
import { anIdTag, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { getDriver } from './get-driver';
import { listDrivers } from './list-drivers';

const { db } = useTestDb();

describe('listDrivers', () => {
  it('finds drivers by name, email or tag, with their vehicles and tags, page by page', async () => {
    const family = unique('Family');
    const first = await aUser(db, { name: `${family} One`, createdAt: new Date('2031-01-01Z') });
    const second = await aUser(db, { name: `${family} Two`, createdAt: new Date('2031-01-02Z') });
    await aUser(db, { name: `${family} Operator`, role: 'operator' });
    await db.insert(vehicles).values({ userId: first.id, make: 'Renault', model: 'Zoe' });
    const tag = await anIdTag(db, {
      userId: first.id,
      expiresAt: new Date('2032-01-01T00:00:00Z'),
    });

    const page1 = await listDrivers(db, { q: family, limit: 1 });
    expect(page1.items.map((d) => d.id)).toEqual([second.id]);
    const page2 = await listDrivers(db, { q: family, limit: 1, cursor: page1.nextCursor });
    expect(page2.items).toEqual([
      expect.objectContaining({
        id: first.id,
        vehicles: [expect.objectContaining({ make: 'Renault', model: 'Zoe' })],
        tags: [
          {
            id: tag.id,
            idTag: tag.idTag,
            status: 'Accepted',
            expiresAt: '2032-01-01T00:00:00Z',
          },
        ],
      }),
    ]);
    expect(page2.nextCursor).toBeNull();

    expect((await listDrivers(db, { q: tag.idTag.toLowerCase() })).items.map((d) => d.id)).toEqual([
      first.id,
    ]);
    expect((await listDrivers(db, { q: first.email })).items.map((d) => d.id)).toEqual([first.id]);
    expect((await listDrivers(db, { q: `${family}%` })).items).toEqual([]);
  });

  it('getDriver returns the driver with tags and vehicles, null for an unknown id', async () => {
    const driver = await aUser(db);
    const tag = await anIdTag(db, { userId: driver.id, parentIdTag: 'FLEET-1' });
    expect(await getDriver(db, driver.id)).toMatchObject({
      id: driver.id,
      vehicles: [],
      tags: [{ id: tag.id, parentIdTag: 'FLEET-1' }],
    });
    expect(await getDriver(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
