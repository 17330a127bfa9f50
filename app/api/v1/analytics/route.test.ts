import { afterAll, describe, expect, it } from 'vitest';
import { sessions } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZAnalytics } from '@/lib/openapi/schemas/analytics';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET as exportCsv } from './export/route';
import { GET } from './route';

// The route reads the web process's configuration: point it at the run's database.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

/** A site of its own with one 2 h, 12 kWh session on 2030-02-02, so the answers are known. */
async function aSiteWithOneSession() {
  const site = await aSite(db);
  const station = await aStation(db, { siteId: site.id, name: 'Quay 1' });
  await db.insert(sessions).values({
    stationId: station.id,
    connectorId: 1,
    status: 'COMPLETED',
    startedAt: new Date('2030-02-02T10:00:00Z'),
    stoppedAt: new Date('2030-02-02T12:00:00Z'),
    energyWh: 12_000,
  });
  const range = `from=2030-02-01T00:00:00Z&to=2030-02-04T00:00:00Z&siteId=${site.id}`;
  return { site, station, range };
}

describe('GET /api/v1/analytics', () => {
  it('answers the KPIs of a site and range, as documented', async () => {
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const { range } = await aSiteWithOneSession();
    const response = await GET(
      new Request(`http://test.local/api/v1/analytics?${range}`, { headers: { cookie } }),
    );
    expect(response.status).toBe(200);
    const body = ZAnalytics.parse(await response.json());
    expect(body.sessions).toMatchObject({ started: 1, ended: 1, averageDurationS: 7_200 });
    expect(body.energy.perDay.map((d) => d.energyWh)).toEqual([0, 12_000, 0]);
    expect(body.utilisation.map((u) => [u.connectorId, u.occupiedS])).toEqual([
      [1, 7_200],
      [2, 0],
    ]);
  });

  it('refuses drivers and reversed ranges', async () => {
    const driver = await aSignedInCookie(db, await aUser(db));
    const operator = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const call = (query: string, cookie: string) =>
      GET(new Request(`http://test.local/api/v1/analytics?${query}`, { headers: { cookie } }));
    expect((await call('', driver.cookie)).status).toBe(403);
    const reversed = await call(
      'from=2030-02-04T00:00:00Z&to=2030-02-01T00:00:00Z',
      operator.cookie,
    );
    expect(reversed.status).toBe(400);
    expect((await call('siteId=nope', operator.cookie)).status).toBe(400);
  });
});

describe('GET /api/v1/analytics/export', () => {
  it('downloads a chart’s numbers as CSV', async () => {
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const { range, station } = await aSiteWithOneSession();
    const call = (kind: string) =>
      exportCsv(
        new Request(`http://test.local/api/v1/analytics/export?kind=${kind}&${range}`, {
          headers: { cookie },
        }),
      );
    const energy = await call('energy-per-day');
    expect(energy.status).toBe(200);
    expect(energy.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(energy.headers.get('content-disposition')).toContain(
      'chargedeck-energy-per-day-2030-02-01-2030-02-04.csv',
    );
    expect(await energy.text()).toBe(
      'Day (UTC),Energy (Wh)\r\n2030-02-01,0\r\n2030-02-02,12000\r\n2030-02-03,0\r\n',
    );
    expect(await (await call('utilisation')).text()).toContain(
      `${station.id},Quay 1,1,7200,0.0278\r\n`,
    );
    expect((await call('pie-chart')).status).toBe(400);
  });
});
