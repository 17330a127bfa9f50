import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { authSessions } from '@/db/schema';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { createAuthSession, findActiveSessionUser, revokeAuthSession } from './auth-session-store';
import { hasRole } from './roles';
import { verifyCredentials } from './verify-credentials';

const { db } = useTestDb();

describe('auth sessions', () => {
  it('finds the user of a live session and nothing once it is revoked', async () => {
    const user = await aUser(db, { role: 'operator' });
    const id = await createAuthSession(db, user.id);
    expect(await findActiveSessionUser(db, id)).toMatchObject({
      id: user.id,
      email: user.email,
      role: 'operator',
      authSessionId: id,
    });
    await revokeAuthSession(db, id);
    expect(await findActiveSessionUser(db, id)).toBeNull();
  });

  it('keeps the first revocation time when revoked twice', async () => {
    const user = await aUser(db);
    const id = await createAuthSession(db, user.id);
    await revokeAuthSession(db, id);
    const [first] = await db.select().from(authSessions).where(eq(authSessions.id, id));
    await revokeAuthSession(db, id);
    const [second] = await db.select().from(authSessions).where(eq(authSessions.id, id));
    expect(second?.revokedAt).toEqual(first?.revokedAt);
  });

  it('treats an expired session as signed out', async () => {
    const user = await aUser(db);
    const id = await createAuthSession(db, user.id, -1);
    expect(await findActiveSessionUser(db, id)).toBeNull();
  });
});

describe('credentials', () => {
  it('accepts the right password, any email case, and refuses the rest', async () => {
    const user = await aUser(db, { password: 'right password' });
    expect((await verifyCredentials(db, user.email.toUpperCase(), 'right password'))?.id).toBe(
      user.id,
    );
    expect(await verifyCredentials(db, user.email, 'wrong password')).toBeNull();
    expect(await verifyCredentials(db, 'nobody@example.test', 'right password')).toBeNull();
  });
});

describe('roles', () => {
  it('lets an admin do what an operator can, but not a driver', () => {
    expect(hasRole('admin', 'operator')).toBe(true);
    expect(hasRole('operator', 'operator')).toBe(true);
    expect(hasRole('driver', 'operator')).toBe(false);
    expect(hasRole('operator', 'admin')).toBe(false);
  });
});
