import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import type { TPage } from '@/lib/api/pagination';
import type { TIdTag } from '@/lib/id-tags/id-tag-view';
import { aUser, anIdTag, unique } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET, POST } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return { user, cookie: (await aSignedInCookie(db, user)).cookie };
}

const list = async (cookie: string | null, query = '') => {
  const response = await GET(
    new Request(`http://test.local/api/v1/id-tags?${query}`, cookie ? { headers: { cookie } } : {}),
  );
  return { status: response.status, page: (await response.json()) as TPage<TIdTag> };
};

const create = (cookie: string | null, body: unknown) =>
  POST(
    new Request('http://test.local/api/v1/id-tags', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );

/** Unique, at most 20 characters, sortable by the given prefix. */
const token = (prefix = 'T') => unique(prefix).slice(0, 20);

describe('GET /api/v1/id-tags', () => {
  it('gives an operator every tag, filtered by user and status, paged by cursor', async () => {
    const { cookie } = await signedIn('operator');
    const { user: driver } = await signedIn('driver');
    const [a, b, c] = await Promise.all([
      anIdTag(db, { idTag: `A${token()}`.slice(0, 20), userId: driver.id }),
      anIdTag(db, { idTag: `B${token()}`.slice(0, 20), userId: driver.id }),
      anIdTag(db, { idTag: `C${token()}`.slice(0, 20), userId: driver.id, status: 'Blocked' }),
    ]);

    const first = await list(cookie, `userId=${driver.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.page.items.map((t) => t.id)).toEqual([a.id, b.id]);
    const second = await list(
      cookie,
      `userId=${driver.id}&limit=2&cursor=${first.page.nextCursor}`,
    );
    expect(second.page.items.map((t) => t.id)).toEqual([c.id]);
    expect(second.page.nextCursor).toBeNull();

    const blocked = await list(cookie, `userId=${driver.id}&status=Blocked`);
    expect(blocked.page.items.map((t) => t.id)).toEqual([c.id]);
  });

  it('finds tags by token or label in any case', async () => {
    const { cookie } = await signedIn('operator');
    const label = unique('Fleet');
    const byLabel = await anIdTag(db, { label });
    const page = (await list(cookie, `q=${label.toLowerCase()}`)).page;
    expect(page.items.map((t) => t.id)).toEqual([byLabel.id]);
    const byToken = (await list(cookie, `q=${byLabel.idTag.toLowerCase()}`)).page;
    expect(byToken.items.map((t) => t.id)).toEqual([byLabel.id]);
  });

  it('gives a driver only their own tags, whatever userId they ask for', async () => {
    const { user: me, cookie } = await signedIn('driver');
    const { user: other } = await signedIn('driver');
    const mine = await anIdTag(db, { userId: me.id });
    await anIdTag(db, { userId: other.id });
    await anIdTag(db);

    expect((await list(cookie)).page.items.map((t) => t.id)).toEqual([mine.id]);
    expect((await list(cookie, `userId=${other.id}`)).page.items).toEqual([]);
  });

  it('answers 401 anonymous and 400 for a bad filter', async () => {
    expect((await list(null)).status).toBe(401);
    const { cookie } = await signedIn('operator');
    expect((await list(cookie, 'status=Lost')).status).toBe(400);
  });
});

describe('POST /api/v1/id-tags', () => {
  it('registers a tag (201), Accepted by default', async () => {
    const { cookie } = await signedIn('operator');
    const { user: driver } = await signedIn('driver');
    const idTag = token();
    const response = await create(cookie, {
      idTag,
      userId: driver.id,
      expiresAt: '2030-01-01T00:00:00+01:00',
      label: ' Fleet card ',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      idTag,
      userId: driver.id,
      status: 'Accepted',
      expiresAt: '2029-12-31T23:00:00.000Z',
      label: 'Fleet card',
      parentIdTag: null,
    });
  });

  it('answers 409 for a token already registered', async () => {
    const { cookie } = await signedIn('operator');
    const existing = await anIdTag(db);
    const response = await create(cookie, { idTag: existing.idTag });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('answers 422 naming userId when the user does not exist', async () => {
    const { cookie } = await signedIn('operator');
    const response = await create(cookie, {
      idTag: token(),
      userId: '00000000-0000-4000-8000-000000000003',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'userId' }] },
    });
  });

  it('answers 422 for a token longer than 20 characters, an empty one, or a bad expiry', async () => {
    const { cookie } = await signedIn('operator');
    for (const body of [
      { idTag: 'X'.repeat(21) },
      { idTag: '' },
      { idTag: token(), expiresAt: 'tomorrow' },
    ]) {
      const response = await create(cookie, body);
      expect(response.status).toBe(422);
      const { error } = (await response.json()) as { error: { details: { path: string }[] } };
      expect(error.details[0]?.path).toBe(Object.keys(body).at(-1));
    }
  });

  it('answers 401 anonymous and 403 to a driver', async () => {
    expect((await create(null, { idTag: token() })).status).toBe(401);
    const { cookie } = await signedIn('driver');
    expect((await create(cookie, { idTag: token() })).status).toBe(403);
  });
});
