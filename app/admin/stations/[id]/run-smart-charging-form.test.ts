import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, chargingProfiles, commands, stations } from '@/db/schema';
import { createEventHub, type EventHub } from '@/lib/events/event-hub';
import { aStation } from '@/test/builders';
import { useTestDb } from '@/test/db';
import { eventually, useOcppServer } from '@/test/ocpp-builders';
import { aForm, aSessionUser } from '@/test/web-builders';
import type { TCommandFormDeps } from './run-command-form';
import {
  runApplyScenario,
  runClearProfiles,
  runSetProfile,
  scenarioFields,
} from './run-smart-charging-form';

const { db, sql } = useTestDb();
const ocpp = useOcppServer();
let deps: TCommandFormDeps;
let hub: EventHub;

beforeAll(async () => {
  hub = await createEventHub(sql);
  deps = { db, events: hub, timeoutMs: 3_000 };
});
afterAll(() => hub.close());

const signedIn = (role: 'driver' | 'operator') => aSessionUser(db, role);

const form = aForm;

/** An online station with one 22 kW connector whose charger answers profile commands. */
async function aChargerAnswering(status: 'Accepted' | 'Rejected') {
  const station = await aStation(db, {
    connectors: [{ connectorId: 1, type: 'Type2', maxPowerW: 22_000 }],
  });
  const client = await ocpp.connect(station);
  const received: unknown[] = [];
  client.handle('SetChargingProfile', async ({ params }) => {
    received.push(params);
    return { status };
  });
  client.handle('ClearChargingProfile', async () => ({ status: 'Accepted' }));
  await eventually(async () => {
    const [row] = await db.select().from(stations).where(eq(stations.id, station.id));
    return row?.connectionState === 'online';
  });
  return { station, received };
}

const peakShaving = (stationId: string, maxPowerKw: string) =>
  form({ stationId, scenario: 'peak_shaving', connectorId: '1', maxPowerKw });

describe('smart-charging forms on the station page', () => {
  it('turns kW and kWh fields into the API’s W and Wh, blank meaning not given', () => {
    const fields = scenarioFields(
      form({
        stationId: 'x',
        scenario: 'energy_cap',
        maxEnergyKwh: '7.5',
        powerLimitKw: '11',
        durationSeconds: '',
      }),
    );
    expect(fields).toEqual({
      scenario: 'energy_cap',
      maxEnergyWh: 7_500,
      powerLimitW: 11_000,
      durationSeconds: undefined,
    });
  });

  it('refuses drivers and signed-out callers without sending anything', async () => {
    const { station, received } = await aChargerAnswering('Accepted');
    const driver = await signedIn('driver');
    expect(await runApplyScenario(deps, driver, peakShaving(station.id, '7'))).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('403'),
    });
    expect(await runClearProfiles(deps, null, form({ stationId: station.id }))).toMatchObject({
      status: 'refused',
    });
    expect(received).toEqual([]);
    expect(await db.select().from(commands).where(eq(commands.stationId, station.id))).toEqual([]);
  });

  it('applies peak shaving: the charger gets a 7 kW default profile, installed and audited', async () => {
    const { station, received } = await aChargerAnswering('Accepted');
    const operator = await signedIn('operator');
    const result = await runApplyScenario(deps, operator, peakShaving(station.id, '7'));
    expect(result).toMatchObject({ status: 'sent', ok: true, command: { ocppStatus: 'Accepted' } });
    expect(received).toEqual([
      expect.objectContaining({
        connectorId: 1,
        csChargingProfiles: expect.objectContaining({
          chargingProfilePurpose: 'TxDefaultProfile',
          chargingSchedule: expect.objectContaining({
            chargingSchedulePeriod: [expect.objectContaining({ startPeriod: 0, limit: 7_000 })],
          }),
        }),
      }),
    ]);
    const installed = await db
      .select()
      .from(chargingProfiles)
      .where(
        and(eq(chargingProfiles.stationId, station.id), eq(chargingProfiles.status, 'Active')),
      );
    expect(installed).toHaveLength(1);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, station.id));
    expect(audit).toEqual([
      expect.objectContaining({ actorId: operator.id, action: 'command.sent' }),
    ]);
  });

  it('shows a missing or wrong scenario field under that field, sending nothing', async () => {
    const { station, received } = await aChargerAnswering('Accepted');
    const operator = await signedIn('operator');
    const missing = await runApplyScenario(
      deps,
      operator,
      form({ stationId: station.id, scenario: 'peak_shaving', connectorId: '1', maxPowerKw: '' }),
    );
    expect(missing).toMatchObject({
      status: 'invalid',
      fieldErrors: { maxPowerW: expect.any(String) },
    });
    const unknown = await runApplyScenario(
      deps,
      operator,
      form({ stationId: station.id, scenario: 'solar_boost', connectorId: '1' }),
    );
    expect(unknown).toMatchObject({
      status: 'invalid',
      fieldErrors: { scenario: expect.any(String) },
    });
    expect(received).toEqual([]);
  });

  it('reports the charger’s Rejected with its answer, and installs nothing', async () => {
    const { station } = await aChargerAnswering('Rejected');
    const result = await runApplyScenario(
      deps,
      await signedIn('operator'),
      peakShaving(station.id, '7'),
    );
    expect(result).toMatchObject({
      status: 'sent',
      ok: false,
      command: { ocppStatus: 'Rejected' },
    });
    expect(
      await db.select().from(chargingProfiles).where(eq(chargingProfiles.stationId, station.id)),
    ).toEqual([]);
  });

  it('checks a raw profile by the 1.6 rules before sending it', async () => {
    const { station, received } = await aChargerAnswering('Accepted');
    const operator = await signedIn('operator');
    const bad = {
      chargingProfileId: 7,
      stackLevel: 1,
      chargingProfilePurpose: 'ChargePointMaxProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        chargingRateUnit: 'W',
        startSchedule: '2026-01-01T00:00:00Z',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 11_000 },
          { startPeriod: 0, limit: 7_000 },
        ],
      },
    };
    const rejected = await runSetProfile(
      deps,
      operator,
      form({ stationId: station.id, connectorId: '1', profile: JSON.stringify(bad) }),
    );
    expect(rejected).toMatchObject({ status: 'invalid' });
    const errors = rejected.status === 'invalid' ? Object.keys(rejected.fieldErrors).join(' ') : '';
    expect(errors).toContain('connectorId');
    expect(errors).toContain('chargingSchedulePeriod.1.startPeriod');
    expect(
      await runSetProfile(
        deps,
        operator,
        form({ stationId: station.id, connectorId: '0', profile: '{' }),
      ),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { profile: expect.stringContaining('JSON') },
    });
    expect(received).toEqual([]);

    const good = {
      ...bad,
      chargingSchedule: {
        ...bad.chargingSchedule,
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 11_000 }],
      },
    };
    expect(
      await runSetProfile(
        deps,
        operator,
        form({ stationId: station.id, connectorId: '0', profile: JSON.stringify(good) }),
      ),
    ).toMatchObject({ status: 'sent', ok: true });
    expect(received).toHaveLength(1);
  });

  it('clears with filters combined: only the matching profile is cleared', async () => {
    const { station } = await aChargerAnswering('Accepted');
    const operator = await signedIn('operator');
    await runApplyScenario(deps, operator, peakShaving(station.id, '7'));
    await runApplyScenario(
      deps,
      operator,
      form({ stationId: station.id, scenario: 'peak_shaving', connectorId: '0', maxPowerKw: '20' }),
    );
    const result = await runClearProfiles(
      deps,
      operator,
      form({
        stationId: station.id,
        connectorId: '0',
        purpose: 'ChargePointMaxProfile',
        stackLevel: '',
        profileId: '',
      }),
    );
    expect(result).toMatchObject({ status: 'sent', ok: true });
    const active = await db
      .select()
      .from(chargingProfiles)
      .where(
        and(eq(chargingProfiles.stationId, station.id), eq(chargingProfiles.status, 'Active')),
      );
    expect(active.map((p) => p.purpose)).toEqual(['TxDefaultProfile']);
  });
});
