import { afterAll, describe, expect, it } from 'vitest';
import { GET as listStations } from '@/app/api/v1/stations/route';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { closeDb } from '@/lib/db';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { withAuth } from './with-auth';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;
process.env.API_WRITE_RATE_LIMIT_PER_MINUTE = '3';

const { db } = useTestDb();
afterAll(() => closeDb());

const whoami = withAuth(async ({ user, auth }) => ({ id: user.id, auth }));

function request(headers: Record<string, string>, method = 'GET') {
  return new Request('http://test.local/api/v1/x', { method, headers });
}

async function errorCode(response: Response) {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

/** The write limit counts per fixed minute: start a burst well inside one, not at its edge. */
async function awayFromWindowEdge() {
  const leftMs = 60_000 - (Date.now() % 60_000);
  if (leftMs < 5_000) await new Promise((resolve) => setTimeout(resolve, leftMs + 50));
}

describe('API key authentication', () => {
  it('serves GET /api/v1/stations to an operator key, and 401 once it is revoked', async () => {
    const operator = await aUser(db, { role: 'operator' });
    await aStation(db);
    const key = await createApiKey(db, operator.id, { name: 'ci', scope: 'read' });
    const bearer = { authorization: `Bearer ${key.secret}` };
    const ok = await listStations(request(bearer));
    expect(ok.status).toBe(200);
    // Other test files share the database: the first page holds at least this station's peers.
    const body = (await ok.json()) as { items: { id: string }[] };
    expect(body.items.length).toBeGreaterThan(0);

    await revokeApiKey(db, operator, key.id);
    const revoked = await listStations(request(bearer));
    expect(revoked.status).toBe(401);
  });

  it('gives the key the owner’s role: a driver key is forbidden from operator routes', async () => {
    const driver = await aUser(db, { role: 'driver' });
    const key = await createApiKey(db, driver.id, { name: 'd', scope: 'write' });
    const response = await listStations(request({ authorization: `Bearer ${key.secret}` }));
    expect(response.status).toBe(403);
  });

  it('answers 401 for an unknown or empty key and never falls back to a valid cookie', async () => {
    const operator = await aUser(db, { role: 'operator' });
    const { cookie } = await aSignedInCookie(db, operator);
    expect((await whoami(request({ cookie }))).status).toBe(200);
    for (const authorization of ['Bearer cd_live_unknownkeyunknownkey', 'Bearer ', 'Basic x']) {
      const response = await whoami(request({ cookie, authorization }));
      expect(response.status).toBe(401);
      expect(await errorCode(response)).toBe('unauthorized');
    }
  });

  it('lets a read key GET but not write (403 insufficient_scope); a write key may', async () => {
    const operator = await aUser(db, { role: 'operator' });
    const read = await createApiKey(db, operator.id, { name: 'r', scope: 'read' });
    const write = await createApiKey(db, operator.id, { name: 'w', scope: 'write' });
    const get = await whoami(request({ authorization: `Bearer ${read.secret}` }));
    expect(await get.json()).toEqual({
      id: operator.id,
      auth: { via: 'apiKey', apiKeyId: read.id, scope: 'read' },
    });
    const post = await whoami(request({ authorization: `Bearer ${read.secret}` }, 'POST'));
    expect(post.status).toBe(403);
    expect(await errorCode(post)).toBe('insufficient_scope');
    const allowed = await whoami(request({ authorization: `Bearer ${write.secret}` }, 'POST'));
    expect(allowed.status).toBe(200);
  });

  it('limits writes per key with 429 and Retry-After; reads and other keys are not limited', async () => {
    await awayFromWindowEdge();
    const operator = await aUser(db, { role: 'operator' });
    const key = await createApiKey(db, operator.id, { name: 'w', scope: 'write' });
    const other = await createApiKey(db, operator.id, { name: 'w2', scope: 'write' });
    const post = (secret: string) => whoami(request({ authorization: `Bearer ${secret}` }, 'POST'));
    for (let i = 0; i < 3; i += 1) expect((await post(key.secret)).status).toBe(200);
    const limited = await post(key.secret);
    expect(limited.status).toBe(429);
    expect(await errorCode(limited)).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await whoami(request({ authorization: `Bearer ${key.secret}` }))).status).toBe(200);
    expect((await post(other.secret)).status).toBe(200);
  });

  it('limits a browser session’s writes per user', async () => {
    await awayFromWindowEdge();
    const operator = await aUser(db, { role: 'operator' });
    const { cookie } = await aSignedInCookie(db, operator);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await whoami(request({ cookie }, 'POST'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
