import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { ZOperatorAlert, ZOperatorAlertPage } from '@/lib/openapi/schemas/alerts';
import { aSite, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { DELETE, PATCH } from './[id]/route';
import { GET, POST } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const HOUR = 3_600_000;
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';

async function anOperatorCookie() {
  return (await aSignedInCookie(db, await aUser(db, { role: 'operator' }))).cookie;
}

const json = (method: string, url: string, cookie: string, body: unknown) =>
  new Request(`http://test.local${url}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const create = (cookie: string, body: unknown) =>
  POST(json('POST', '/api/v1/alerts', cookie, body));
const patch = (cookie: string, id: string, body: unknown) =>
  PATCH(json('PATCH', `/api/v1/alerts/${id}`, cookie, body), { params: Promise.resolve({ id }) });
const listState = async (cookie: string, state: string) => {
  const response = await GET(
    new Request(`http://test.local/api/v1/alerts?state=${state}&limit=200`, {
      headers: { cookie },
    }),
  );
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  expect(ZOperatorAlertPage.parse(body)).toEqual(body);
  return ZOperatorAlertPage.parse(body).items.map((a) => a.id);
};

describe('/api/v1/alerts', () => {
  it('creates with defaults, lists by state, updates and deletes', async () => {
    const cookie = await anOperatorCookie();
    const site = await aSite(db);
    const created = await create(cookie, { title: ' Closed ', message: 'Resurfacing' });
    expect(created.status).toBe(201);
    const alert = ZOperatorAlert.parse(await created.json());
    expect(alert).toMatchObject({
      title: 'Closed',
      severity: 'INFO',
      state: 'active',
      expiresAt: null,
      siteIds: [],
      stationIds: [],
    });
    expect(Date.now() - Date.parse(alert.effectiveAt)).toBeLessThan(60_000);

    const later = ZOperatorAlert.parse(
      await (
        await create(cookie, {
          title: 'Later',
          message: 'm',
          severity: 'CRITICAL',
          effectiveAt: new Date(Date.now() + HOUR).toISOString(),
          siteIds: [site.id, site.id],
        })
      ).json(),
    );
    expect(later).toMatchObject({ state: 'scheduled', siteIds: [site.id] });

    expect(await listState(cookie, 'active')).toContain(alert.id);
    expect(await listState(cookie, 'active')).not.toContain(later.id);
    expect(await listState(cookie, 'scheduled')).toContain(later.id);

    const ended = await patch(cookie, alert.id, {
      effectiveAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      expiresAt: new Date(Date.now() - HOUR).toISOString(),
    });
    expect(ended.status).toBe(200);
    expect(await ended.json()).toMatchObject({ state: 'expired' });
    expect(await listState(cookie, 'expired')).toContain(alert.id);
    expect(await listState(cookie, 'all')).toEqual(expect.arrayContaining([alert.id, later.id]));

    const del = (id: string) =>
      DELETE(
        new Request(`http://test.local/api/v1/alerts/${id}`, {
          method: 'DELETE',
          headers: { cookie },
        }),
        {
          params: Promise.resolve({ id }),
        },
      );
    expect((await del(alert.id)).status).toBe(204);
    expect((await del(alert.id)).status).toBe(404);
    expect((await patch(cookie, alert.id, { title: 'x' })).status).toBe(404);
  });

  it('answers 422 naming the field for bad input and unknown targets; 403 for drivers', async () => {
    const cookie = await anOperatorCookie();
    const fieldsOf = async (response: Response) => {
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { details: { path: string }[] } };
      return body.error.details.map((d) => d.path).sort();
    };
    expect(
      await fieldsOf(
        await create(cookie, {
          title: 'x'.repeat(121),
          message: 'y'.repeat(2001),
          severity: 'LOUD',
        }),
      ),
    ).toEqual(['message', 'severity', 'title']);
    const at = new Date(Date.now() + HOUR).toISOString();
    expect(
      await fieldsOf(
        await create(cookie, { title: 't', message: 'm', effectiveAt: at, expiresAt: at }),
      ),
    ).toEqual(['expiresAt']);
    expect(
      await fieldsOf(
        await create(cookie, {
          title: 't',
          message: 'm',
          expiresAt: new Date(Date.now() - HOUR).toISOString(),
        }),
      ),
    ).toEqual(['expiresAt']);
    expect(
      await fieldsOf(
        await create(cookie, {
          title: 't',
          message: 'm',
          siteIds: [UNKNOWN],
          stationIds: [UNKNOWN],
        }),
      ),
    ).toEqual(['siteIds', 'stationIds']);

    const alert = ZOperatorAlert.parse(
      await (
        await create(cookie, {
          title: 't',
          message: 'm',
          expiresAt: new Date(Date.now() + HOUR).toISOString(),
        })
      ).json(),
    );
    expect(
      await fieldsOf(
        await patch(cookie, alert.id, {
          effectiveAt: new Date(Date.now() + 2 * HOUR).toISOString(),
        }),
      ),
    ).toEqual(['expiresAt']);
    expect(await fieldsOf(await patch(cookie, alert.id, { stationIds: [UNKNOWN] }))).toEqual([
      'stationIds',
    ]);

    const driverCookie = (await aSignedInCookie(db, await aUser(db))).cookie;
    expect((await create(driverCookie, { title: 't', message: 'm' })).status).toBe(403);
  });
});
