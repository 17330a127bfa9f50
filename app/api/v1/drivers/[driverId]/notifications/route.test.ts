import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { aPricedStation } from '@/lib/drivers/driver-history-test-kit';
import {
  ZMarkNotificationsReadResult,
  ZNotificationPage,
} from '@/lib/openapi/schemas/driver-sessions';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { POST as markRead } from './read/route';
import { GET } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

interface TPage {
  items: { id: string; kind: string; title: string; readAt: string | null }[];
  nextCursor: string | null;
  unreadCount: number;
}

const list = async (driverId: string, cookie: string, query = '') => {
  const response = await GET(
    new Request(`http://test.local/api/v1/drivers/${driverId}/notifications${query}`, {
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId }) },
  );
  return { status: response.status, body: (await response.json()) as TPage };
};

const read = (driverId: string, cookie: string, body: unknown) =>
  markRead(
    new Request(`http://test.local/api/v1/drivers/${driverId}/notifications/read`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ driverId }) },
  );

/** A request that is approved, starts charging and finishes: the triggers notify each step. */
async function aSessionLifecycle(userId: string) {
  const { station } = await aPricedStation(db);
  const [session] = await db
    .insert(sessions)
    .values({ stationId: station.id, connectorId: 1, userId, status: 'APPROVED' })
    .returning();
  await db
    .update(sessions)
    .set({ status: 'CHARGING', startedAt: new Date(), meterStartWh: 0 })
    .where(eq(sessions.id, session!.id));
  await db
    .update(sessions)
    .set({ status: 'COMPLETED', stoppedAt: new Date(), meterStopWh: 4_500, energyWh: 4_500 })
    .where(eq(sessions.id, session!.id));
  return session!;
}

describe('GET /drivers/{driverId}/notifications and POST …/read', () => {
  it('lists the driver’s notifications newest first with the unread count, pages, and marks read', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    await aSessionLifecycle(driver.id);
    await aSessionLifecycle(other.id);

    const all = await list('me', cookie);
    expect(all.status).toBe(200);
    expect(ZNotificationPage.parse(all.body)).toEqual(all.body);
    expect(all.body.items.map((n) => n.kind)).toEqual([
      'session_finished',
      'session_started',
      'session_approved',
    ]);
    expect(all.body.unreadCount).toBe(3);

    const first = await list('me', cookie, '?limit=2');
    expect(first.body.items).toHaveLength(2);
    const rest = await list('me', cookie, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body.items.map((n) => n.kind)).toEqual(['session_approved']);
    expect(rest.body.nextCursor).toBeNull();

    const otherIds = (
      await list(other.id, (await aSignedInCookie(db, other)).cookie)
    ).body.items.map((n) => n.id);
    const marked = await read('me', cookie, { ids: [all.body.items[0]!.id, ...otherIds] });
    expect(marked.status).toBe(200);
    const result: unknown = await marked.json();
    expect(ZMarkNotificationsReadResult.parse(result)).toEqual(result);
    expect(result).toEqual({ updated: 1, unreadCount: 2 });
    expect((await list(other.id, (await aSignedInCookie(db, other)).cookie)).body.unreadCount).toBe(
      3,
    );

    const unread = await list('me', cookie, '?unread=true');
    expect(unread.body.items.map((n) => n.kind)).toEqual(['session_started', 'session_approved']);

    expect(await (await read(driver.id, cookie, {})).json()).toEqual({
      updated: 2,
      unreadCount: 0,
    });
    expect((await list('me', cookie, '?unread=true')).body).toMatchObject({
      items: [],
      unreadCount: 0,
    });
  });

  it('answers 403 for another driver, 400 for a bad filter, 422 for a bad id', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    expect((await list(other.id, cookie)).status).toBe(403);
    expect((await read(other.id, cookie, {})).status).toBe(403);
    expect((await list('me', cookie, '?unread=yes')).status).toBe(400);
    expect((await read('me', cookie, { ids: ['nope'] })).status).toBe(422);
  });
});
