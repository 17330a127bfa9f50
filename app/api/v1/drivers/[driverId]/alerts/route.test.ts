import { afterAll, describe, expect, it } from 'vitest';
import { alerts, favorites } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { ZAlertList } from '@/lib/openapi/schemas/alerts';
import { aSite, aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const HOUR = 3_600_000;

describe('GET /api/v1/drivers/{driverId}/alerts', () => {
  it('shows alerts in effect for the driver’s favorites and the charger being looked at', async () => {
    const site = await aSite(db);
    const favorite = await aStation(db, { siteId: site.id });
    const elsewhere = await aStation(db, { siteId: (await aSite(db)).id });
    const driver = await aUser(db);
    await db.insert(favorites).values({ userId: driver.id, stationId: favorite.id });
    const now = Date.now();
    const [forSite, forElsewhere, expired] = await db
      .insert(alerts)
      .values([
        { title: 'Site works', message: 'm', siteIds: [site.id], severity: 'WARN' },
        { title: 'Elsewhere', message: 'm', stationIds: [elsewhere.id] },
        {
          title: 'Over',
          message: 'm',
          siteIds: [site.id],
          effectiveAt: new Date(now - 2 * HOUR),
          expiresAt: new Date(now - HOUR),
        },
      ])
      .returning();
    const { cookie } = await aSignedInCookie(db, driver);
    const call = async (query = '') => {
      const response = await GET(
        new Request(`http://test.local/api/v1/drivers/me/alerts${query}`, { headers: { cookie } }),
        { params: Promise.resolve({ driverId: 'me' }) },
      );
      expect(response.status).toBe(200);
      const body: unknown = await response.json();
      expect(ZAlertList.parse(body)).toEqual(body);
      return ZAlertList.parse(body).items.map((a) => a.id);
    };
    const mine = await call();
    expect(mine).toContain(forSite!.id);
    expect(mine).not.toContain(forElsewhere!.id);
    expect(mine).not.toContain(expired!.id);
    expect(await call(`?stationId=${elsewhere.id}`)).toContain(forElsewhere!.id);
  });
});
