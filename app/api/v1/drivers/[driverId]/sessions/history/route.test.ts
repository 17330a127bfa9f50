import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { aFinishedSession, aPricedStation } from '@/lib/drivers/driver-history-test-kit';
import { ZSessionHistory } from '@/lib/openapi/schemas/driver-sessions';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET as exportCsv } from './export/route';
import { GET } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

type TRoute = typeof GET;
const call = (route: TRoute, driverId: string, cookie: string, query = '', suffix = '') =>
  route(
    new Request(`http://test.local/api/v1/drivers/${driverId}/sessions/history${suffix}${query}`, {
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId }) },
  );

describe('GET /drivers/{driverId}/sessions/history', () => {
  it('answers the driver’s months with totals, filtered, in the requested zone', async () => {
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const { station, site } = await aPricedStation(db, { site: { city: 'Lyon' } });
    const session = await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: new Date('2026-01-31T23:30:00Z'),
    });
    const response = await call(
      GET,
      'me',
      cookie,
      `?timeZone=Europe/Paris&city=Lyon&siteId=${site.id}&from=2026-01-01T00:00:00%2B01:00&limit=10`,
    );
    expect(response.status).toBe(200);
    const json: unknown = await response.json();
    expect(ZSessionHistory.parse(json)).toEqual(json);
    expect(json).toMatchObject({
      months: [
        {
          month: '2026-02',
          totals: { sessions: 1, energyWh: 10_000, costMinor: 357, currency: 'EUR' },
          items: [{ id: session.id, site: { city: 'Lyon', timeZone: 'Europe/Berlin' } }],
        },
      ],
      nextCursor: null,
    });
  });

  it('answers 400 for an unknown zone, a bad instant or a broken cursor; 403 for another driver', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    for (const query of [
      '?timeZone=Mars/Olympus',
      '?timeZone=%2B01:00',
      '?from=yesterday',
      '?cursor=x',
    ]) {
      const response = await call(GET, 'me', cookie, query);
      expect(response.status, query).toBe(400);
    }
    expect((await call(GET, other.id, cookie)).status).toBe(403);
    expect((await call(exportCsv, other.id, cookie, '', '/export')).status).toBe(403);
    expect((await call(exportCsv, 'me', cookie, '?timeZone=Nowhere', '/export')).status).toBe(400);
  });
});

describe('GET /drivers/{driverId}/sessions/history/export', () => {
  it('downloads the CSV with a dated file name', async () => {
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const { station } = await aPricedStation(db);
    const session = await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: new Date('2026-03-01T09:00:00Z'),
    });
    const response = await call(exportCsv, driver.id, cookie, '?timeZone=Asia/Tokyo', '/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="chargedeck-sessions-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await response.text()).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      `${session.id},2026-03-01T18:00:00+09:00,2026-03-01T19:00:00+09:00,`,
    );
    expect(lines[1]).toContain(',10.000,3600,3.57,EUR,');
  });
});
