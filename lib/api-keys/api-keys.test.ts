import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiKeys } from '@/db/schema';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { createApiKey } from './create-api-key';
import { findApiKeyCaller, LAST_USED_RESOLUTION_MS } from './find-api-key-caller';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

const { db } = useTestDb();

async function lastUsedAt(id: string) {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row!.lastUsedAt;
}

describe('API keys', () => {
  it('stores only a hash and finds the owner with role and scope by the secret', async () => {
    const owner = await aUser(db, { role: 'operator' });
    const key = await createApiKey(db, owner.id, { name: 'CI', scope: 'read' });
    expect(key.secret).toMatch(/^cd_live_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row!.hash).not.toContain(key.secret.slice(8));

    const caller = await findApiKeyCaller(db, key.secret);
    expect(caller).toMatchObject({ apiKeyId: key.id, scope: 'read' });
    expect(caller?.user).toMatchObject({ id: owner.id, role: 'operator' });
  });

  it('rejects a wrong secret with the right prefix, a revoked key and an expired key', async () => {
    const owner = await aUser(db, { role: 'operator' });
    const key = await createApiKey(db, owner.id, { name: 'k', scope: 'write' });
    const tampered = `${key.secret.slice(0, -2)}${key.secret.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await findApiKeyCaller(db, tampered)).toBeNull();
    expect(await findApiKeyCaller(db, 'cd_live_short')).toBeNull();
    expect(await findApiKeyCaller(db, 'not-a-key')).toBeNull();

    await revokeApiKey(db, owner, key.id);
    expect(await findApiKeyCaller(db, key.secret)).toBeNull();

    const expiring = await createApiKey(db, owner.id, {
      name: 'short-lived',
      scope: 'read',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await findApiKeyCaller(db, expiring.secret)).not.toBeNull();
    expect(await findApiKeyCaller(db, expiring.secret, new Date(Date.now() + 120_000))).toBeNull();
  });

  it('writes last_used_at at most once per resolution window', async () => {
    const owner = await aUser(db, { role: 'operator' });
    const key = await createApiKey(db, owner.id, { name: 'k', scope: 'read' });
    expect(await lastUsedAt(key.id)).toBeNull();
    const t0 = new Date();
    await findApiKeyCaller(db, key.secret, t0);
    expect(await lastUsedAt(key.id)).toEqual(t0);
    await findApiKeyCaller(db, key.secret, new Date(t0.getTime() + 10_000));
    expect(await lastUsedAt(key.id)).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_RESOLUTION_MS + 1);
    await findApiKeyCaller(db, key.secret, later);
    expect(await lastUsedAt(key.id)).toEqual(later);
  });

  it('lets an operator list and revoke only their own keys; an admin any key', async () => {
    const alice = await aUser(db, { role: 'operator' });
    const bob = await aUser(db, { role: 'operator' });
    const admin = await aUser(db, { role: 'admin' });
    const bobsKey = await createApiKey(db, bob.id, { name: 'bob', scope: 'write' });
    await createApiKey(db, alice.id, { name: 'alice', scope: 'read' });

    expect((await listApiKeys(db, alice)).map((k) => k.owner.id)).toEqual([alice.id]);
    expect(await revokeApiKey(db, alice, bobsKey.id)).toBe(false);
    expect(await findApiKeyCaller(db, bobsKey.secret)).not.toBeNull();

    const adminView = await listApiKeys(db, admin);
    expect(adminView.map((k) => k.id)).toContain(bobsKey.id);
    expect(await revokeApiKey(db, admin, bobsKey.id)).toBe(true);
    expect(await revokeApiKey(db, admin, bobsKey.id)).toBe(false);
    expect(await findApiKeyCaller(db, bobsKey.secret)).toBeNull();
  });
});
