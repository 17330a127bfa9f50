import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { sites, stations } from '@/db/schema';
import { closeDb } from '@/lib/db';
import { aFinishedSession, aPricedStation } from '@/lib/drivers/driver-history-test-kit';
import { aUser } from '@/test/builders';
import { testDatabaseUrl, useTestDb } from '@/test/db';
import { aChargingSession, aSignedInCookie, TEST_NEXTAUTH_SECRET } from '@/test/web-builders';
import { GET } from './route';

process.env.DATABASE_URL = testDatabaseUrl();
process.env.NEXTAUTH_SECRET = TEST_NEXTAUTH_SECRET;

const { db } = useTestDb();
afterAll(() => closeDb());

const receipt = (driverId: string, id: string, cookie: string) =>
  GET(
    new Request(`http://test.local/api/v1/drivers/${driverId}/sessions/${id}/receipt`, {
      headers: { cookie },
    }),
    { params: Promise.resolve({ driverId, id }) },
  );

async function pdfText(response: Response): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('GET /drivers/{driverId}/sessions/{id}/receipt', () => {
  it('answers a PDF with the site, times in the site’s zone, tariff lines, VAT and total', async () => {
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const { station, site } = await aPricedStation(db, {
      site: { timeZone: 'America/New_York', address: '5 Pier Road – Dock “B”' },
      tariff: { sessionFee: 100, vatBasisPoints: 2000, currency: 'USD' },
    });
    // Names a standard PDF font cannot draw must not break the receipt.
    await db
      .update(stations)
      .set({ name: 'Zürich → Ost 東京 Łódź' })
      .where(eq(stations.id, station.id));
    const session = await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: new Date('2026-03-01T15:00:00Z'),
      minutes: 90,
      energyWh: 12_345,
    });
    // 12.345 kWh × 0.30 = 3.70 (3.7035), + 1.00 session fee = 4.70; VAT 20 % 0.94; total 5.64.
    expect(session.costMinor).toBe(564);

    const response = await receipt('me', session.id, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="receipt-${session.id}.pdf"`,
    );
    const text = await pdfText(response);
    expect(text).toContain(session.id);
    expect(text).toContain(String(session.transactionId ?? '-'));
    expect(text).toContain('Chargedeck Networks');
    expect(text).toContain(site.name);
    expect(text).toContain('5 Pier Road – Dock “B”');
    expect(text).toContain('Zürich -> Ost ?? Lódz');
    expect(text).toContain('2026-03-01 10:00:00 EST');
    expect(text).toContain('2026-03-01 11:30:00 EST');
    expect(text).toContain('America/New_York');
    expect(text).toContain('12.345 kWh');
    expect(text).toContain('Energy');
    expect(text).toContain('Energy 3.70 USD 12.345 kWh');
    expect(text).toContain('Session fee 1.00 USD once per session');
    expect(text).toContain('1.00 USD');
    expect(text).toContain('Subtotal 4.70 USD');
    expect(text).toContain('VAT 20 % 0.94 USD');
    expect(text).toContain('Total 5.64 USD');
  });

  it('gives a session charged without a tariff a receipt totalling 0', async () => {
    const driver = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const { station } = await aPricedStation(db, { tariff: null });
    const session = await aFinishedSession(db, {
      userId: driver.id,
      stationId: station.id,
      startedAt: new Date('2026-03-01T15:00:00Z'),
    });
    const response = await receipt(driver.id, session.id, cookie);
    expect(response.status).toBe(200);
    const text = await pdfText(response);
    expect(text).toContain('free of charge');
    expect(text).toContain('Total 0.00');
  });

  it('answers 409 while the session runs, 404 for another driver’s, 403 for another driver’s path', async () => {
    const driver = await aUser(db);
    const other = await aUser(db);
    const { cookie } = await aSignedInCookie(db, driver);
    const { station } = await aPricedStation(db);
    const running = await aChargingSession(db, { stationId: station.id, userId: driver.id });
    const running409 = await receipt('me', running.id, cookie);
    expect(running409.status).toBe(409);
    expect(await running409.json()).toMatchObject({ error: { code: 'conflict' } });

    const theirs = await aFinishedSession(db, {
      userId: other.id,
      stationId: station.id,
      startedAt: new Date('2026-03-01T15:00:00Z'),
    });
    expect((await receipt('me', theirs.id, cookie)).status).toBe(404);
    expect((await receipt(other.id, theirs.id, cookie)).status).toBe(403);

    // An operator reaches it only through its own driver's path.
    const operator = await aUser(db, { role: 'operator' });
    const operatorCookie = (await aSignedInCookie(db, operator)).cookie;
    expect((await receipt('me', theirs.id, operatorCookie)).status).toBe(404);
    expect((await receipt(driver.id, theirs.id, operatorCookie)).status).toBe(404);
    expect((await receipt(other.id, theirs.id, operatorCookie)).status).toBe(200);
    await db.delete(sites).where(eq(sites.id, station.siteId!));
  });
});
