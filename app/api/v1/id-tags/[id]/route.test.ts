import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { idTags } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { authorizeIdTag } from '@/lib/id-tags/authorize-id-tag';
import { aUser, anIdTag } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, GET, PATCH } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return { user, cookie: (await aSignedInCookie(db, user)).cookie };
}

function call(
  method: 'GET' | 'PATCH' | 'DELETE',
  id: string,
  cookie: string | null,
  body?: unknown,
) {
  const handler = { GET, PATCH, DELETE }[method];
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return handler(
    new Request(`http://test.local/api/v1/id-tags/${id}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve({ id }) },
  );
}

describe('GET /api/v1/id-tags/{id}', () => {
  it('shows a driver their own tag and answers 404 for another driver’s', async () => {
    const { user: me, cookie } = await signedIn('driver');
    const { user: other } = await signedIn('driver');
    const mine = await anIdTag(db, { userId: me.id });
    const theirs = await anIdTag(db, { userId: other.id });

    const own = await call('GET', mine.id, cookie);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: mine.id, idTag: mine.idTag, userId: me.id });
    expect((await call('GET', theirs.id, cookie)).status).toBe(404);
  });

  it('shows an operator any tag; 404 for an unknown id, 401 anonymous', async () => {
    const { cookie } = await signedIn('operator');
    const tag = await anIdTag(db);
    expect((await call('GET', tag.id, cookie)).status).toBe(200);
    expect((await call('GET', UNKNOWN_ID, cookie)).status).toBe(404);
    expect((await call('GET', tag.id, null)).status).toBe(401);
  });
});

describe('PATCH /api/v1/id-tags/{id}', () => {
  it('blocks and unblocks a tag, which chargers then see', async () => {
    const { cookie } = await signedIn('operator');
    const tag = await anIdTag(db);
    const blocked = await call('PATCH', tag.id, cookie, { status: 'Blocked' });
    expect(blocked.status).toBe(200);
    expect(await blocked.json()).toMatchObject({ status: 'Blocked' });
    expect((await authorizeIdTag(db, tag.idTag)).idTagInfo.status).toBe('Blocked');

    await call('PATCH', tag.id, cookie, { status: 'Accepted' });
    expect((await authorizeIdTag(db, tag.idTag)).idTagInfo.status).toBe('Accepted');
  });

  it('assigns a driver, a parent and an expiry, and null clears them', async () => {
    const { cookie } = await signedIn('operator');
    const { user: driver } = await signedIn('driver');
    const tag = await anIdTag(db);
    const set = await call('PATCH', tag.id, cookie, {
      userId: driver.id,
      parentIdTag: 'FLEET-1',
      expiresAt: '2031-05-01T08:00:00Z',
      label: 'Van 3',
    });
    expect(await set.json()).toMatchObject({
      userId: driver.id,
      parentIdTag: 'FLEET-1',
      expiresAt: '2031-05-01T08:00:00.000Z',
      label: 'Van 3',
    });
    const cleared = await call('PATCH', tag.id, cookie, {
      userId: null,
      parentIdTag: null,
      expiresAt: null,
    });
    expect(await cleared.json()).toMatchObject({
      userId: null,
      parentIdTag: null,
      expiresAt: null,
      label: 'Van 3',
    });
  });

  it('answers 422 with field details, naming an unknown userId', async () => {
    const { cookie } = await signedIn('operator');
    const tag = await anIdTag(db);
    const bad = await call('PATCH', tag.id, cookie, { status: 'Lost' });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { details: [{ path: 'status' }] } });
    const unknownUser = await call('PATCH', tag.id, cookie, {
      userId: '00000000-0000-4000-8000-000000000004',
    });
    expect(unknownUser.status).toBe(422);
    expect(await unknownUser.json()).toMatchObject({ error: { details: [{ path: 'userId' }] } });
  });

  it('answers 404 unknown, 401 anonymous, 403 to a driver (even on their own tag)', async () => {
    const { cookie } = await signedIn('operator');
    expect((await call('PATCH', UNKNOWN_ID, cookie, { status: 'Blocked' })).status).toBe(404);
    const { user: driver, cookie: driverCookie } = await signedIn('driver');
    const tag = await anIdTag(db, { userId: driver.id });
    expect((await call('PATCH', tag.id, null, { status: 'Blocked' })).status).toBe(401);
    expect((await call('PATCH', tag.id, driverCookie, { status: 'Accepted' })).status).toBe(403);
  });
});

describe('DELETE /api/v1/id-tags/{id}', () => {
  it('deletes the tag (204); chargers are then told it is Invalid', async () => {
    const { cookie } = await signedIn('operator');
    const tag = await anIdTag(db);
    const response = await call('DELETE', tag.id, cookie);
    expect(response.status).toBe(204);
    expect(await db.select().from(idTags).where(eq(idTags.id, tag.id))).toEqual([]);
    expect((await authorizeIdTag(db, tag.idTag)).idTagInfo.status).toBe('Invalid');
    expect((await call('DELETE', tag.id, cookie)).status).toBe(404);
  });

  it('answers 401 anonymous and 403 to a driver', async () => {
    const { user: driver, cookie } = await signedIn('driver');
    const tag = await anIdTag(db, { userId: driver.id });
    expect((await call('DELETE', tag.id, null)).status).toBe(401);
    expect((await call('DELETE', tag.id, cookie)).status).toBe(403);
  });
});
