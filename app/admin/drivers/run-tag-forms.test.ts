import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, idTags } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { anIdTag, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runChangeTag, runIssueTag } from './run-tag-forms';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const auditOf = (targetId: string) =>
  db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'id_tag'), eq(auditLog.targetId, targetId)));

describe('runIssueTag', () => {
  it('issues a tag with parent and expiry, audited; a taken token is a field error', async () => {
    const operator = await signedIn('operator');
    const driver = await aUser(db);
    const token = unique('RFID').slice(0, 20);
    const fields = {
      idTag: token,
      userId: driver.id,
      parentIdTag: 'FLEET-7',
      expiresAt: '2032-06-30',
    };
    expect(await runIssueTag(db, operator, form(fields))).toMatchObject({ status: 'saved' });
    const [tag] = await db.select().from(idTags).where(eq(idTags.idTag, token));
    expect(tag).toMatchObject({
      userId: driver.id,
      parentIdTag: 'FLEET-7',
      status: 'Accepted',
      expiresAt: new Date('2032-06-30T23:59:59Z'),
    });
    expect(await auditOf(tag!.id)).toEqual([{ action: 'tag.issued', actorId: operator.id }]);

    expect(await runIssueTag(db, operator, form(fields))).toMatchObject({
      status: 'invalid',
      fieldErrors: { idTag: expect.stringContaining('already') },
    });
    expect(
      await runIssueTag(db, operator, form({ idTag: 'x'.repeat(21), expiresAt: 'soon' })),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { idTag: expect.any(String), expiresAt: expect.any(String) },
    });
  });

  it('refuses drivers with a 403 and writes nothing', async () => {
    const token = unique('RFID').slice(0, 20);
    expect(await runIssueTag(db, await signedIn('driver'), form({ idTag: token }))).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await db.select().from(idTags).where(eq(idTags.idTag, token))).toEqual([]);
  });
});

describe('runChangeTag', () => {
  it('blocks after confirming, unblocks, expires; each audited', async () => {
    const operator = await signedIn('operator');
    const tag = await anIdTag(db);
    const change = (intent: string, confirmed?: 'yes') =>
      runChangeTag(
        db,
        operator,
        form({ tagId: tag.id, intent, ...(confirmed ? { confirmed } : {}) }),
      );
    expect(await change('block')).toMatchObject({ status: 'confirm' });
    expect(await change('block', 'yes')).toMatchObject({ status: 'saved' });
    expect(await change('unblock')).toMatchObject({ status: 'saved' });
    expect(await change('expire', 'yes')).toMatchObject({ status: 'saved' });
    const [row] = await db.select().from(idTags).where(eq(idTags.id, tag.id));
    expect(row?.status).toBe('Expired');
    expect(row?.expiresAt).not.toBeNull();
    expect((await auditOf(tag.id)).map((a) => a.action).sort()).toEqual([
      'tag.blocked',
      'tag.expired',
      'tag.unblocked',
    ]);
    const driver = await signedIn('driver');
    expect(
      await runChangeTag(db, driver, form({ tagId: tag.id, intent: 'unblock' })),
    ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });
  });
});
