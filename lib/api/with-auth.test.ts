import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { revokeAuthSession } from '@/lib/auth/auth-session-store';
import { closeDb } from '@/lib/db';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { ApiError } from './api-error';
import { withAuth } from './with-auth';

// The wrapper reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const ZBody = z.object({ name: z.string().min(1) });
const route = withAuth(
  async ({ user, params, query, body }) => ({ userId: user.id, params, query, body }),
  {
    role: 'operator',
    params: z.object({ id: z.uuid() }),
    query: z.object({ limit: z.coerce.number().int().max(10).default(5) }),
    body: ZBody.optional(),
  },
);
const ID = '00000000-0000-4000-8000-000000000001';
const context = (id = ID) => ({ params: Promise.resolve({ id }) });

async function call(init: RequestInit & { path?: string; id?: string } = {}) {
  const request = new Request(`http://test.local/x${init.path ?? ''}`, init);
  const response = await route(request, context(init.id));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function operatorCookie() {
  return aSignedInCookie(db, await aUser(db, { role: 'operator' }));
}

describe('withAuth', () => {
  it('answers 401 without a session and 403 for a role below the required one', async () => {
    expect(await call()).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'driver' }));
    expect(await call({ headers: { cookie } })).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
  });

  it('passes parsed params, query and body to the handler; admins count as operators', async () => {
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'admin' }));
    const result = await call({
      method: 'POST',
      path: '?limit=3',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(result).toMatchObject({
      status: 200,
      body: { params: { id: ID }, query: { limit: 3 }, body: { name: 'x' } },
    });
  });

  it('maps bad input: params 404, query 400, unparseable JSON 400, invalid body 422', async () => {
    const { cookie } = await operatorCookie();
    const json = { cookie, 'content-type': 'application/json' };
    expect((await call({ headers: { cookie }, id: 'nope' })).status).toBe(404);
    const badQuery = await call({ headers: { cookie }, path: '?limit=99' });
    expect(badQuery).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect((badQuery.body.error as { details: unknown[] }).details[0]).toMatchObject({
      path: 'limit',
    });
    const badJson = await call({ method: 'POST', headers: json, body: '{oops' });
    expect(badJson).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
    const invalid = await call({ method: 'POST', headers: json, body: '{"name":""}' });
    expect(invalid).toMatchObject({ status: 422, body: { error: { code: 'validation_failed' } } });
  });

  it('treats a revoked session as signed out', async () => {
    const { cookie, authSessionId } = await operatorCookie();
    expect((await call({ headers: { cookie } })).status).toBe(200);
    await revokeAuthSession(db, authSessionId);
    expect((await call({ headers: { cookie } })).status).toBe(401);
  });

  it('keeps ApiError codes and hides unknown errors behind a logged 500', async () => {
    const conflict = withAuth(
      async () => {
        throw new ApiError('conflict', 'Already charging', { connectorId: 1 });
      },
      { public: true },
    );
    const conflictResponse = await conflict(new Request('http://test.local/'));
    expect(conflictResponse.status).toBe(409);
    expect(await conflictResponse.json()).toEqual({
      error: { code: 'conflict', message: 'Already charging', details: { connectorId: 1 } },
    });

    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = withAuth(
      async () => {
        throw new Error('password=hunter2 leaked in a driver message');
      },
      { public: true },
    );
    const response = await broken(new Request('http://test.local/'));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error' } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('gives public routes the user when there is one, null otherwise', async () => {
    const whoami = withAuth(async ({ user }) => ({ id: user?.id ?? null }), { public: true });
    expect(await (await whoami(new Request('http://test.local/'))).json()).toEqual({ id: null });
    const user = await aUser(db);
    const { cookie } = await aSignedInCookie(db, user);
    const signedIn = await whoami(new Request('http://test.local/', { headers: { cookie } }));
    expect(await signedIn.json()).toEqual({ id: user.id });
  });
});
