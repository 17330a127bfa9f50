import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, stations } from '@/db/schema';
import { createAuthSession, findActiveSessionUser } from '@/lib/auth/auth-session-store';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aStation, aUser } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { useOcppServer } from '@/test/ocpp-builders';
import { runApproveStation, runCommandForm, type TCommandFormDeps } from './run-command-form';

const { db, sql } = useTestDb();
const ocpp = useOcppServer();
let deps: TCommandFormDeps;
let hub: EventHub;

beforeAll(async () => {
  hub = await createEventHub(sql);
  deps = { db, events: hub, timeoutMs: 3_000 };
});
afterAll(() => hub.close());

async function signedIn(role: 'driver' | 'operator') {
  const user = await aUser(db, { role });
  return (await findActiveSessionUser(db, await createAuthSession(db, user.id)))!;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function commandsOf(stationId: string) {
  return db.select().from(commands).where(eq(commands.stationId, stationId));
}

describe('runCommandForm', () => {
  it('refuses drivers and signed-out callers without recording anything', async () => {
    const station = await aStation(db);
    const unlock = form({ stationId: station.id, action: 'UnlockConnector', connectorId: '1' });
    expect(await runCommandForm(deps, await signedIn('driver'), unlock)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await runCommandForm(deps, null, unlock)).toMatchObject({ status: 'refused' });
    expect(await commandsOf(station.id)).toEqual([]);
  });

  it('answers field errors from the command schema', async () => {
    const station = await aStation(db);
    const operator = await signedIn('operator');
    const result = await runCommandForm(
      deps,
      operator,
      form({ stationId: station.id, action: 'ReserveNow', connectorId: '1', idTag: '' }),
    );
    expect(result).toMatchObject({
      status: 'invalid',
      fieldErrors: { idTag: 'Required', expiryDate: 'Required' },
    });
    const profile = await runCommandForm(
      deps,
      operator,
      form({
        stationId: station.id,
        action: 'SetChargingProfile',
        connectorId: '1',
        csChargingProfiles: '{"chargingProfileId": "one"}',
      }),
    );
    expect(profile).toMatchObject({
      status: 'invalid',
      fieldErrors: { csChargingProfiles: expect.stringContaining('chargingProfileId') },
    });
  });

  it('asks before a hard reset, then sends it; an unconnected charger is Offline', async () => {
    const station = await aStation(db);
    const operator = await signedIn('operator');
    const reset = { stationId: station.id, action: 'Reset', type: 'Hard' };
    expect(await runCommandForm(deps, operator, form(reset))).toMatchObject({
      status: 'confirm',
    });
    expect(await commandsOf(station.id)).toEqual([]);
    const sent = await runCommandForm(deps, operator, form({ ...reset, confirmed: 'yes' }));
    expect(sent).toMatchObject({ status: 'sent', outcome: { action: 'Reset', state: 'offline' } });
    expect(await commandsOf(station.id)).toMatchObject([{ requestedBy: operator.id }]);
  });

  it("sends to a connected charger and returns the charger's own answer", async () => {
    const station = await aStation(db);
    const charger = await ocpp.connect(station);
    charger.handle('UnlockConnector', async () => ({ status: 'Unlocked' }));
    await charger.call('BootNotification', { chargePointVendor: 'T', chargePointModel: 'T' });
    const result = await runCommandForm(
      deps,
      await signedIn('operator'),
      form({ stationId: station.id, action: 'UnlockConnector', connectorId: '1' }),
    );
    expect(result).toMatchObject({
      status: 'sent',
      outcome: { state: 'answered', ocppStatus: 'Unlocked', response: { status: 'Unlocked' } },
    });
  });
});

describe('runApproveStation', () => {
  it('accepts a pending station and asks the charger to boot again', async () => {
    const station = await aStation(db, { registrationStatus: 'Pending' });
    const charger = await ocpp.connect(station);
    charger.handle('TriggerMessage', async () => ({ status: 'Accepted' }));
    await charger.call('BootNotification', { chargePointVendor: 'T', chargePointModel: 'T' });
    const result = await runApproveStation(
      deps,
      await signedIn('operator'),
      form({ stationId: station.id }),
    );
    expect(result).toMatchObject({
      status: 'sent',
      outcome: { action: 'TriggerMessage', ocppStatus: 'Accepted' },
    });
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row?.registrationStatus).toBe('Accepted');
  });

  it('leaves the station alone for a driver', async () => {
    const station = await aStation(db, { registrationStatus: 'Pending' });
    const result = await runApproveStation(
      deps,
      await signedIn('driver'),
      form({ stationId: station.id }),
    );
    expect(result).toMatchObject({ status: 'refused' });
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    expect(row?.registrationStatus).toBe('Pending');
  });
});
