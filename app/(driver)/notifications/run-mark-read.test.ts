import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runMarkRead } from './run-mark-read';

const { db } = useTestDb();

async function signedIn() {
  const user = await aUser(db);
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

async function aNotification(userId: string, title = 'Charging started') {
  const [row] = await db
    .insert(notifications)
    .values({ userId, kind: 'session_started', title, body: 'Your car is charging.' })
    .returning();
  return row!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const unreadOf = async (userId: string) =>
  (await db.select().from(notifications).where(eq(notifications.userId, userId)))
    .filter((n) => n.readAt === null)
    .map((n) => n.title)
    .sort();

describe('runMarkRead', () => {
  it('marks one notification, then all, of the signed-in driver only', async () => {
    const driver = await signedIn();
    const other = await signedIn();
    const first = await aNotification(driver.id, 'A');
    await aNotification(driver.id, 'B');
    const theirs = await aNotification(other.id, 'C');

    expect(await runMarkRead(db, driver, form({ id: first.id }))).toEqual({
      status: 'done',
      updated: 1,
    });
    expect(await unreadOf(driver.id)).toEqual(['B']);
    expect(await runMarkRead(db, driver, form({ id: theirs.id }))).toEqual({
      status: 'done',
      updated: 0,
    });
    expect(await unreadOf(other.id)).toEqual(['C']);
    expect(await runMarkRead(db, driver, form({ all: 'yes' }))).toEqual({
      status: 'done',
      updated: 1,
    });
    expect(await unreadOf(driver.id)).toEqual([]);
    expect(await unreadOf(other.id)).toEqual(['C']);
  });

  it('refuses signed-out callers and forms naming nothing, writing nothing', async () => {
    const driver = await signedIn();
    const note = await aNotification(driver.id);
    expect(await runMarkRead(db, null, form({ id: note.id }))).toMatchObject({
      status: 'refused',
    });
    expect(await runMarkRead(db, driver, form({}))).toMatchObject({ status: 'refused' });
    expect(await runMarkRead(db, driver, form({ id: 'nope' }))).toMatchObject({
      status: 'refused',
    });
    expect(await unreadOf(driver.id)).toEqual(['Charging started']);
  });
});
