import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db';
import { aStation, aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const call = (query: string, cookie: string) =>
  GET(new Request(`http://test.local/api/v1/sessions/export?${query}`, { headers: { cookie } }));

describe('GET /api/v1/sessions/export', () => {
  it('streams the filtered sessions as CSV for operators', async () => {
    const { cookie } = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    const station = await aStation(db);
    const driver = await aUser(db, { name: '=Formula Driver' });
    const done = await aChargingSession(db, {
      stationId: station.id,
      userId: driver.id,
      status: 'COMPLETED',
      meterStopWh: 13_345,
      costMinor: 420,
      currency: 'EUR',
      stopReason: 'EVDisconnected',
    });
    await aChargingSession(db, { stationId: station.id });

    const response = await call(`stationId=${station.id}&status=COMPLETED`, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Session ID,Transaction ID,Status,/);
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toContain(done.id);
    expect(lines[1]).toContain(`,'=Formula Driver,`);
    expect(lines[1]).toContain(',12.345,4.20,EUR,EVDisconnected');
  });

  it('is for operators only and rejects bad filters', async () => {
    const driver = await aSignedInCookie(db, await aUser(db));
    expect((await call('', driver.cookie)).status).toBe(403);
    const operator = await aSignedInCookie(db, await aUser(db, { role: 'operator' }));
    expect((await call('from=yesterday', operator.cookie)).status).toBe(400);
  });
});
