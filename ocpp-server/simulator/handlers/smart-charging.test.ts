import { describe, expect, it } from 'vitest';
import type { MeterValue } from '../ocpp-types';
import type { TChargingProfile as ChargingProfile } from '@/lib/smart-charging/charging-profile';
import { reading, useSimulator, waitForCallAfter, waitUntil } from '../testing/use-simulator';

const sim = useSimulator();

function aProfile(overrides: Partial<ChargingProfile> = {}, limits: number[] = [7_000]) {
  return {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Relative',
    chargingSchedule: {
      chargingRateUnit: 'W',
      chargingSchedulePeriod: limits.map((limit, i) => ({ startPeriod: i * 3_600, limit })),
    },
    ...overrides,
  };
}

const setProfile = (connectorId: number, profile: Record<string, unknown>) =>
  sim.command('SetChargingProfile', { connectorId, csChargingProfiles: profile });
const composite = (connectorId: number, unit?: 'A' | 'W') =>
  sim.command('GetCompositeSchedule', {
    connectorId,
    duration: 7_200,
    ...(unit ? { chargingRateUnit: unit } : {}),
  }) as Promise<{
    status: string;
    chargingSchedule?: { chargingRateUnit: string; chargingSchedulePeriod: unknown[] };
  }>;
const meterReadings = (from = 0) =>
  sim.csms
    .callsOf('MeterValues')
    .slice(from)
    .map((call) => (call.params.meterValue as MeterValue[])[0] as MeterValue);

describe('Smart Charging', () => {
  it('SetChargingProfile refuses profiles that do not fit where they are sent', async () => {
    await sim.connected();
    const tx = aProfile({ chargingProfilePurpose: 'TxProfile' });
    expect(await setProfile(1, tx)).toEqual({ status: 'Rejected' });
    expect(
      await setProfile(1, aProfile({ chargingProfilePurpose: 'ChargePointMaxProfile' })),
    ).toEqual({ status: 'Rejected' });
    expect(await setProfile(9, aProfile())).toEqual({ status: 'Rejected' });
    expect(await setProfile(1, aProfile({ stackLevel: 99 }))).toEqual({ status: 'Rejected' });
    expect(await setProfile(1, aProfile({ chargingProfileKind: 'Recurring' }))).toEqual({
      status: 'Rejected',
    });

    const transactionId = await sim.charging(1);
    expect(await setProfile(1, { ...tx, transactionId: transactionId + 1 })).toEqual({
      status: 'Rejected',
    });
    expect(await setProfile(1, tx)).toEqual({ status: 'Accepted' });
    expect(
      await setProfile(
        0,
        aProfile({ chargingProfileId: 2, chargingProfilePurpose: 'ChargePointMaxProfile' }),
      ),
    ).toEqual({ status: 'Accepted' });
  });

  it('GetCompositeSchedule combines the stored profiles, in W or A', async () => {
    await sim.connected();
    expect(await composite(7)).toEqual({ status: 'Rejected' });
    expect((await composite(1)).chargingSchedule?.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 22_000 },
    ]);

    await setProfile(1, aProfile({ stackLevel: 0 }, [11_000, 4_000]));
    await setProfile(1, aProfile({ chargingProfileId: 2, stackLevel: 1 }, [16_000]));
    await setProfile(
      0,
      aProfile({ chargingProfileId: 3, chargingProfilePurpose: 'ChargePointMaxProfile' }, [13_800]),
    );
    const inWatts = await composite(1);
    expect(inWatts).toMatchObject({
      status: 'Accepted',
      connectorId: 1,
      chargingSchedule: { chargingRateUnit: 'W', duration: 7_200 },
    });
    // Stack level 1 wins over 0; the station maximum caps it.
    expect(inWatts.chargingSchedule?.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 13_800 },
    ]);
    expect((await composite(1, 'A')).chargingSchedule?.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 20 },
    ]);
    expect((await composite(0)).chargingSchedule?.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 13_800 },
    ]);
  });

  it('ClearChargingProfile removes what matches every filter, Unknown when nothing does', async () => {
    await sim.connected();
    await setProfile(1, aProfile({ chargingProfileId: 1, stackLevel: 0 }));
    await setProfile(1, aProfile({ chargingProfileId: 2, stackLevel: 1 }));
    await setProfile(2, aProfile({ chargingProfileId: 3, stackLevel: 1 }));

    expect(await sim.command('ClearChargingProfile', { id: 9 })).toEqual({ status: 'Unknown' });
    expect(await sim.command('ClearChargingProfile', { id: 1, connectorId: 2 })).toEqual({
      status: 'Unknown',
    });
    expect(await sim.command('ClearChargingProfile', { connectorId: 1, stackLevel: 1 })).toEqual({
      status: 'Accepted',
    });
    expect(await sim.command('ClearChargingProfile', { id: 2 })).toEqual({ status: 'Unknown' });
    expect(
      await sim.command('ClearChargingProfile', { chargingProfilePurpose: 'TxDefaultProfile' }),
    ).toEqual({ status: 'Accepted' });
    expect(await sim.command('ClearChargingProfile', {})).toEqual({ status: 'Unknown' });
  });

  it('a limit caps the power the connector draws, and the register rises accordingly', async () => {
    await sim.connected();
    await sim.charging(1);
    await waitUntil(() => meterReadings().length >= 1);
    expect(reading(meterReadings()[0] as MeterValue, 'Power.Active.Import')).toBe(22_000);

    expect(await setProfile(1, aProfile({ chargingProfilePurpose: 'TxProfile' }))).toEqual({
      status: 'Accepted',
    });
    expect(sim.chargePoint.connector(1)).toMatchObject({ powerW: 7_000, offeredW: 7_000 });
    const from = meterReadings().length;
    await waitUntil(() => meterReadings(from).length >= 3);
    const limited = meterReadings(from);
    for (let i = 1; i < limited.length; i++) {
      const previous = limited[i - 1] as MeterValue;
      const current = limited[i] as MeterValue;
      expect(reading(current, 'Power.Active.Import')).toBeLessThanOrEqual(7_000);
      const hours = (Date.parse(current.timestamp) - Date.parse(previous.timestamp)) / 3_600_000;
      const deltaWh =
        reading(current, 'Energy.Active.Import.Register') -
        reading(previous, 'Energy.Active.Import.Register');
      expect(Math.abs(deltaWh - 7_000 * hours)).toBeLessThanOrEqual(1.5);
    }

    // The TxProfile ends with its transaction; cleared, the full power is back.
    expect(await sim.command('ClearChargingProfile', { connectorId: 1 })).toEqual({
      status: 'Accepted',
    });
    const marker = sim.csms.calls.at(-1);
    if (!marker) throw new Error('no calls recorded');
    const next = await waitForCallAfter(sim.csms, marker, () => true, 'MeterValues');
    const [sample] = next.params.meterValue as MeterValue[];
    expect(reading(sample as MeterValue, 'Power.Active.Import')).toBe(22_000);
  });

  it('a RemoteStartTransaction with a TxProfile charges within it from the start', async () => {
    await sim.connected();
    expect(
      await sim.command('RemoteStartTransaction', {
        idTag: 'REMOTE-1',
        connectorId: 1,
        chargingProfile: aProfile({ chargingProfilePurpose: 'TxProfile' }, [5_000]),
      }),
    ).toEqual({ status: 'Accepted' });
    await sim.csms.waitForCall('StartTransaction');
    await waitUntil(() => sim.chargePoint.connector(1)?.status === 'Charging');
    expect(sim.chargePoint.connector(1)?.powerW).toBe(5_000);

    await sim.chargePoint.stopTransaction(1);
    expect((await composite(1)).chargingSchedule?.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 22_000 },
    ]);
  });
});
