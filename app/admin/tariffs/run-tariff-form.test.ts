import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { stations, tariffs } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { aStation, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runAssignTariff, runSaveTariff } from './run-tariff-form';

const { db } = useTestDb();

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function tariffForm(name: string, overrides: Record<string, string> = {}) {
  return form({
    name,
    currency: 'EUR',
    energyPricePerMwh: '39000',
    timePricePerHour: '0',
    sessionFee: '35',
    idleFeePerHour: '600',
    idleGraceMinutes: '30',
    vatBasisPoints: '1900',
    bands: '[{"days":[1,2,3,4,5],"from":"22:00","to":"06:00","energyPricePerMwh":30000}]',
    active: 'on',
    ...overrides,
  });
}

const named = (name: string) => db.select().from(tariffs).where(eq(tariffs.name, name));

describe('runSaveTariff', () => {
  it('refuses drivers and signed-out callers without writing', async () => {
    const name = unique('Tariff');
    expect(await runSaveTariff(db, await signedIn('driver'), tariffForm(name))).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await runSaveTariff(db, null, tariffForm(name))).toMatchObject({ status: 'refused' });
    expect(await named(name)).toEqual([]);
  });

  it('answers field errors and writes nothing for an invalid tariff', async () => {
    const name = unique('Tariff');
    const result = await runSaveTariff(
      db,
      await signedIn('operator'),
      tariffForm(name, { currency: 'euro', sessionFee: '0.35', bands: '[{"days":[8]}' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      fieldErrors: {
        currency: expect.stringContaining('ISO 4217'),
        sessionFee: 'Whole minor units',
        bands: 'Not valid JSON',
      },
    });
    expect(await named(name)).toEqual([]);
  });

  it('creates and then edits a tariff', async () => {
    const operator = await signedIn('operator');
    const name = unique('Tariff');
    expect(await runSaveTariff(db, operator, tariffForm(name))).toMatchObject({ status: 'saved' });
    const [created] = await named(name);
    expect(created).toMatchObject({
      currency: 'EUR',
      energyPricePerMwh: 39_000,
      vatBasisPoints: 1900,
      active: true,
      bands: [{ days: [1, 2, 3, 4, 5], from: '22:00', to: '06:00', energyPricePerMwh: 30_000 }],
    });
    const edit = tariffForm(name, { id: created!.id, sessionFee: '50', bands: '' });
    edit.delete('active');
    expect(await runSaveTariff(db, operator, edit)).toMatchObject({ status: 'saved' });
    expect((await named(name))[0]).toMatchObject({ sessionFee: 50, bands: [], active: false });
  });
});

describe('runAssignTariff', () => {
  it('assigns a tariff to a station and clears it again; drivers are refused', async () => {
    const operator = await signedIn('operator');
    const name = unique('Tariff');
    await runSaveTariff(db, operator, tariffForm(name));
    const [tariff] = await named(name);
    const station = await aStation(db);
    const assign = form({ targetKey: `station:${station.id}`, tariffId: tariff!.id });
    const tariffOf = async () =>
      (await db.select().from(stations).where(eq(stations.id, station.id)))[0]?.tariffId;

    expect(await runAssignTariff(db, await signedIn('driver'), assign)).toMatchObject({
      status: 'refused',
    });
    expect(await tariffOf()).toBeNull();
    expect(await runAssignTariff(db, operator, assign)).toMatchObject({ status: 'saved' });
    expect(await tariffOf()).toBe(tariff!.id);
    const clear = form({ targetKey: `station:${station.id}`, tariffId: '' });
    expect(await runAssignTariff(db, operator, clear)).toMatchObject({ status: 'saved' });
    expect(await tariffOf()).toBeNull();
  });
});
