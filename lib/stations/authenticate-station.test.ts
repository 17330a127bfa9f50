import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stations } from '@/db/schema';
import { generateStationPassword, hashPassword } from '@/lib/auth/password';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { authenticateStation } from './authenticate-station';
import { isFastStationHash } from './station-password';
import { createVerifiedCredentialsCache } from './verified-credentials-cache';

const { db } = useTestDb();
const login = (identity: string, password: string, cache = createVerifiedCredentialsCache()) =>
  authenticateStation(db, identity, Buffer.from(password), cache);
const storedHash = async (id: string) =>
  (await db.select().from(stations).where(eq(stations.id, id)))[0]?.passwordHash ?? '';

describe('authenticateStation', () => {
  it('lets a provisioned station in with its password only', async () => {
    const station = await aStation(db, { password: generateStationPassword() });
    expect(isFastStationHash(await storedHash(station.id))).toBe(true);
    expect(await login(station.identity, station.password)).toEqual({
      stationId: station.id,
      identity: station.identity,
    });
    expect(await login(station.identity, 'wrong-password')).toBeNull();
    expect(await authenticateStation(db, station.identity, undefined)).toBeNull();
    expect(await login('CP-does-not-exist', station.password)).toBeNull();
  });

  it('accepts a legacy scrypt hash and replaces it with the fast one for a random secret', async () => {
    const password = generateStationPassword();
    const station = await aStation(db);
    await db
      .update(stations)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(stations.id, station.id));

    expect(await login(station.identity, 'test-password-123')).toBeNull();
    expect(await login(station.identity, password)).not.toBeNull();
    expect(isFastStationHash(await storedHash(station.id))).toBe(true);
    expect(await login(station.identity, password)).not.toBeNull();
  });

  it('remembers a verified scrypt credential until the stored hash changes', async () => {
    const station = await aStation(db, { password: 'weak-but-valid-1' });
    const cache = createVerifiedCredentialsCache();
    expect(await login(station.identity, 'weak-but-valid-1', cache)).not.toBeNull();
    const hash = await storedHash(station.id);
    expect(cache.has(station.identity, hash, 'weak-but-valid-1')).toBe(true);
    expect(cache.has(station.identity, hash, 'weak-but-valid-2')).toBe(false);
    expect(await login(station.identity, 'weak-but-valid-2', cache)).toBeNull();

    await db
      .update(stations)
      .set({ passwordHash: await hashPassword('weak-but-valid-2') })
      .where(eq(stations.id, station.id));
    expect(await login(station.identity, 'weak-but-valid-1', cache)).toBeNull();
    expect(await login(station.identity, 'weak-but-valid-2', cache)).not.toBeNull();
  });

  it('forgets the oldest entries beyond its bound', () => {
    const cache = createVerifiedCredentialsCache({ maxEntries: 2 });
    cache.remember('A', 'hash-a', 'pw');
    cache.remember('B', 'hash-b', 'pw');
    cache.remember('C', 'hash-c', 'pw');
    expect(cache.size).toBe(2);
    expect(cache.has('A', 'hash-a', 'pw')).toBe(false);
    expect(cache.has('C', 'hash-c', 'pw')).toBe(true);
  });
});
