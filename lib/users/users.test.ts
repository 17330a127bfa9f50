import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '@/db/schema';
import { decodeCursor } from '@/lib/api/cursor';
import { listAuditLog } from '@/lib/audit/list-audit-log';
import { verifyPassword } from '@/lib/auth/password';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { changeUserRole } from './change-user-role';
import { inviteUser } from './invite-user';
import { listUsers, ZUserCursor } from './list-users';

const { db } = useTestDb();

describe('inviteUser', () => {
  it('creates an operator whose temporary password signs in, and audits it', async () => {
    const admin = await aUser(db, { role: 'admin' });
    const email = `${unique('op')}@example.test`;
    const result = await inviteUser(db, {
      actorId: admin.id,
      input: { email, name: 'New Operator', role: 'operator' },
    });
    if (!result.ok) throw new Error('invite failed');
    const [row] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(row).toMatchObject({ email, role: 'operator' });
    expect(await verifyPassword(result.temporaryPassword, row!.passwordHash)).toBe(true);
    const audit = await listAuditLog(db, { actorId: admin.id });
    expect(audit.items[0]).toMatchObject({
      action: 'user.invited',
      targetId: result.userId,
      actorEmail: admin.email,
      details: { email, role: 'operator' },
    });
  });

  it('refuses an email that already has an account', async () => {
    const admin = await aUser(db, { role: 'admin' });
    const existing = await aUser(db);
    expect(
      await inviteUser(db, {
        actorId: admin.id,
        input: { email: existing.email, name: 'Again', role: 'operator' },
      }),
    ).toEqual({ ok: false, reason: 'email_taken' });
  });
});

describe('changeUserRole', () => {
  it('changes another account’s role with an audit entry, never the actor’s own', async () => {
    const admin = await aUser(db, { role: 'admin' });
    const driver = await aUser(db);
    expect(await changeUserRole(db, { actorId: admin.id, userId: admin.id, role: 'driver' })).toBe(
      'own_account',
    );
    expect(
      await changeUserRole(db, { actorId: admin.id, userId: driver.id, role: 'operator' }),
    ).toBe('changed');
    expect(
      await changeUserRole(db, { actorId: admin.id, userId: driver.id, role: 'operator' }),
    ).toBe('unchanged');
    const [row] = await db.select().from(users).where(eq(users.id, driver.id));
    expect(row!.role).toBe('operator');
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, driver.id));
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'user.role_changed',
        actorId: admin.id,
        details: { from: 'driver', to: 'operator' },
      }),
    ]);
  });
});

describe('listUsers', () => {
  it('pages through matching users in email order without repeats', async () => {
    const tag = unique('pager');
    for (let i = 0; i < 5; i++) await aUser(db, { email: `${tag}-${i}@example.test` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listUsers(db, {
        q: tag,
        limit: 2,
        cursor: decodeCursor(ZUserCursor, cursor ?? undefined),
      });
      seen.push(...page.items.map((u) => u.email));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `${tag}-${i}@example.test`));
    expect(await listUsers(db, { q: tag, role: 'admin' })).toEqual({ items: [], nextCursor: null });
  });
});
