import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sites } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runSaveSite } from './run-site-form';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function siteForm(name: string, overrides: Record<string, string> = {}): FormData {
  const data = new FormData();
  const fields = {
    name,
    address: '1 Dock Road',
    city: 'Hamburg',
    postalCode: '',
    country: 'de',
    latitude: '53.55',
    longitude: '9.99',
    timeZone: 'Europe/Berlin',
    amenities: 'Toilets, Café, Toilets',
    tariffId: '',
    gridLimitKw: '250.5',
    ...overrides,
  };
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const named = (name: string) => db.select().from(sites).where(eq(sites.name, name));

describe('runSaveSite', () => {
  it('refuses drivers with a 403 and writes nothing', async () => {
    const name = unique('Site');
    expect(await runSaveSite(db, await signedIn('driver'), siteForm(name))).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await runSaveSite(db, null, siteForm(name))).toMatchObject({ status: 'refused' });
    expect(await named(name)).toEqual([]);
  });

  it('answers field errors for bad input', async () => {
    const name = unique('Site');
    const result = await runSaveSite(
      db,
      await signedIn('operator'),
      siteForm(name, { country: 'XX', timeZone: '+02:00', latitude: '', gridLimitKw: '-3' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        country: expect.stringContaining('ISO 3166'),
        timeZone: expect.stringContaining('IANA'),
        latitude: expect.any(String),
        gridLimitKw: expect.stringContaining('kW'),
      },
    });
    expect(await named(name)).toEqual([]);
  });

  it('creates a site with its grid limit in W, edits it, and audits both', async () => {
    const operator = await signedIn('operator');
    const name = unique('Site');
    const created = await runSaveSite(db, operator, siteForm(name));
    expect(created).toMatchObject({ status: 'saved' });
    const [site] = await named(name);
    expect(site).toMatchObject({
      country: 'DE',
      gridLimitW: 250_500,
      amenities: ['Toilets', 'Café'],
      postalCode: null,
    });
    const edit = siteForm(name, { id: site!.id, gridLimitKw: '', city: 'Altona' });
    expect(await runSaveSite(db, operator, edit)).toMatchObject({ status: 'saved' });
    expect((await named(name))[0]).toMatchObject({ gridLimitW: null, city: 'Altona' });
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, site!.id));
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['site.created', operator.id],
      ['site.updated', operator.id],
    ]);
  });
});
