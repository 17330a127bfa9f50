import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, connectors, stations } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { authenticateStation } from '@/lib/stations/authenticate-station';
import { aSite, aStation, aTariff, aUser, unique } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { runDecommissionStation, runEditStation } from './run-edit-station';
import { runRegisterStation } from './run-register-station';

const { db } = useTestDb();
const deps = { db, ocppBaseUrl: 'ws://ocpp.example.test:9000/ocpp/' };

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function auditsOf(stationId: string, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, stationId), eq(auditLog.action, action)));
}

describe('runRegisterStation', () => {
  it('registers a Pending station with its connectors, audits it, and shows the password once', async () => {
    const operator = await signedIn('operator');
    const site = await aSite(db);
    const identity = unique('CP-NEW');
    const state = await runRegisterStation(
      deps,
      operator,
      form({
        identity,
        name: 'Harbour 1',
        siteId: site.id,
        'connectors.0.connectorId': '1',
        'connectors.0.type': 'CCS2',
        'connectors.0.maxPowerKw': '150',
        'connectors.3.connectorId': '2',
        'connectors.3.type': 'Type2',
        'connectors.3.maxPowerKw': '22',
      }),
    );
    if (state.status !== 'created') throw new Error(JSON.stringify(state));
    expect(state.ocppUrl).toBe(`ws://ocpp.example.test:9000/ocpp/${identity}`);
    expect(state.registrationStatus).toBe('Pending');
    const rows = await db
      .select({
        connectorId: connectors.connectorId,
        type: connectors.type,
        w: connectors.maxPowerW,
      })
      .from(connectors)
      .where(eq(connectors.stationId, state.stationId))
      .orderBy(connectors.connectorId);
    expect(rows).toEqual([
      { connectorId: 1, type: 'CCS2', w: 150_000 },
      { connectorId: 2, type: 'Type2', w: 22_000 },
    ]);
    const audits = await auditsOf(state.stationId, 'station.registered');
    expect(audits.map((a) => a.actorId)).toEqual([operator.id]);
    // The shown password is the one the charger can connect with.
    expect(await authenticateStation(db, identity, Buffer.from(state.ocppPassword))).toMatchObject({
      stationId: state.stationId,
    });
  });

  it('puts validation errors, a taken identity and an unknown site on their fields', async () => {
    const operator = await signedIn('operator');
    const invalid = await runRegisterStation(
      deps,
      operator,
      form({
        identity: 'has space',
        name: '',
        'connectors.0.connectorId': '1',
        'connectors.0.type': 'Type2',
        'connectors.0.maxPowerKw': '-1',
        'connectors.1.connectorId': '1',
        'connectors.1.type': 'Type2',
        'connectors.1.maxPowerKw': '22',
      }),
    );
    if (invalid.status !== 'invalid') throw new Error(JSON.stringify(invalid));
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual([
      'connectors.0.maxPowerW',
      'connectors.1.connectorId',
      'identity',
      'name',
    ]);

    const taken = await aStation(db);
    const conflict = await runRegisterStation(
      deps,
      operator,
      form({ identity: taken.identity, name: 'X' }),
    );
    expect(conflict).toMatchObject({
      status: 'invalid',
      fieldErrors: { identity: expect.any(String) },
    });

    const unknownSite = await runRegisterStation(
      deps,
      operator,
      form({ identity: unique('CP'), name: 'X', siteId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknownSite).toMatchObject({
      status: 'invalid',
      fieldErrors: { siteId: expect.any(String) },
    });
  });

  it('refuses a driver (403) and a signed-out caller without writing', async () => {
    const identity = unique('CP');
    const fields = form({ identity, name: 'Nope' });
    expect(await runRegisterStation(deps, await signedIn('driver'), fields)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await runRegisterStation(deps, null, fields)).toMatchObject({ status: 'refused' });
    expect(await db.select().from(stations).where(eq(stations.identity, identity))).toEqual([]);
  });
});

describe('runEditStation and runDecommissionStation', () => {
  it('saves name, site, tariff, vendor and model, and audits the change', async () => {
    const operator = await signedIn('operator');
    const station = await aStation(db, { vendor: 'Old' });
    const site = await aSite(db);
    const tariff = await aTariff(db);
    const state = await runEditStation(
      db,
      operator,
      form({
        stationId: station.id,
        name: 'Renamed',
        siteId: site.id,
        tariffId: tariff.id,
        vendor: '',
        model: 'M-2',
      }),
    );
    expect(state).toEqual({ status: 'saved', message: 'Saved.' });
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row).toMatchObject({
      name: 'Renamed',
      siteId: site.id,
      tariffId: tariff.id,
      vendor: null,
      model: 'M-2',
    });
    expect(await auditsOf(station.id, 'station.updated')).toHaveLength(1);

    const blank = await runEditStation(db, operator, form({ stationId: station.id, name: ' ' }));
    expect(blank).toMatchObject({ status: 'invalid', fieldErrors: { name: expect.any(String) } });
  });

  it('asks before decommissioning, then decommissions; drivers are refused', async () => {
    const station = await aStation(db);
    const driver = await signedIn('driver');
    expect(
      await runDecommissionStation(db, driver, form({ stationId: station.id, confirmed: 'yes' })),
    ).toMatchObject({ status: 'refused', message: expect.stringContaining('403') });

    const operator = await signedIn('operator');
    const ask = await runDecommissionStation(db, operator, form({ stationId: station.id }));
    expect(ask.status).toBe('confirm');
    const [untouched] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(untouched?.decommissionedAt).toBeNull();

    const done = await runDecommissionStation(
      db,
      operator,
      form({ stationId: station.id, confirmed: 'yes' }),
    );
    expect(done.status).toBe('saved');
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row?.decommissionedAt).toBeInstanceOf(Date);
    expect(row?.registrationStatus).toBe('Rejected');
  });
});
