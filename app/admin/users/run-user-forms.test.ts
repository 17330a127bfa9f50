import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runChangeUserRole, runInviteUser } from './run-user-forms';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator' | 'admin') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('user forms', () => {
  it('are for admins only: drivers and operators get a 403', async () => {
    const email = `${unique('op')}@example.test`;
    const target = await aUser(db);
    for (const role of ['driver', 'operator'] as const) {
      const user = await signedIn(role);
      expect(
        await runInviteUser(db, user, form({ email, name: 'X', role: 'operator' })),
      ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
      expect(
        await runChangeUserRole(db, user, form({ userId: target.id, role: 'admin' })),
      ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
    }
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    expect((await db.select().from(users).where(eq(users.id, target.id)))[0]!.role).toBe('driver');
  });

  it('invites an operator once, with field errors for bad input and a taken email', async () => {
    const admin = await signedIn('admin');
    expect(
      await runInviteUser(db, admin, form({ email: 'nope', name: '', role: 'driver' })),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { email: expect.any(String), name: 'Required', role: expect.any(String) },
    });
    const email = `${unique('Op')}@Example.test`;
    const invited = await runInviteUser(db, admin, form({ email, name: 'Op', role: 'operator' }));
    expect(invited).toMatchObject({
      status: 'invited',
      email: email.toLowerCase(),
      temporaryPassword: expect.stringMatching(/^[\w-]{16}$/),
    });
    expect(
      await runInviteUser(db, admin, form({ email, name: 'Op', role: 'operator' })),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { email: expect.stringContaining('exists') },
    });
  });

  it('changes another user’s role but refuses the admin’s own', async () => {
    const admin = await signedIn('admin');
    const driver = await aUser(db);
    expect(
      await runChangeUserRole(db, admin, form({ userId: admin.id, role: 'driver' })),
    ).toMatchObject({ status: 'refused', message: expect.stringContaining('your own role') });
    expect(
      await runChangeUserRole(db, admin, form({ userId: driver.id, role: 'operator' })),
    ).toEqual({ status: 'changed' });
  });
});
