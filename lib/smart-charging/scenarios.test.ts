import { describe, expect, it } from 'vitest';
import type { TInstalledProfile } from './charging-profile';
import { compositeLimitAt, compositeSchedule } from './composite-schedule';
import {
  buildScenarioProfile,
  scenarioIssuePath,
  ZScenarioRequest,
  type TScenarioRequest,
} from './scenarios';
import { validateChargingProfile } from './validate-charging-profile';

const NOW = Date.parse('2025-03-10T15:00:00.400Z'); // 16:00 in Berlin
const BERLIN = 'Europe/Berlin';
const context = { chargingProfileId: 42, timeZone: BERLIN, now: NOW };
const RATING = 22_000;

const build = (request: TScenarioRequest) => buildScenarioProfile(request, context);
const limitAt = (installed: TInstalledProfile, connectorId: number, iso: string, txId?: number) =>
  compositeLimitAt(
    {
      profiles: [installed],
      connectorId,
      unlimitedW: RATING,
      ...(txId === undefined ? {} : { transaction: { transactionId: txId, startedAt: NOW } }),
    },
    Date.parse(iso),
  );

function issuePaths(input: unknown): string[] {
  const result = ZScenarioRequest.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('ZScenarioRequest', () => {
  it('names an unknown scenario', () => {
    expect(issuePaths({ scenario: 'solar_boost', connectorId: 1 })).toEqual(['scenario']);
    expect(issuePaths({ connectorId: 1 })).toEqual(['scenario']);
  });

  it('names a missing parameter as required', () => {
    const result = ZScenarioRequest.safeParse({ scenario: 'peak_shaving', connectorId: 1 });
    expect(result.error?.issues).toMatchObject([{ path: ['maxPowerW'], message: 'is required' }]);
    expect(
      issuePaths({ scenario: 'energy_cap', connectorId: 1, transactionId: 7, maxEnergyWh: 1 }),
    ).toEqual(['durationSeconds', 'powerLimitW']);
  });

  it('rejects a peak without length, hours out of range, extra keys and bad numbers', () => {
    const tou = { scenario: 'time_of_use', connectorId: 1, offPeakW: 11_000, peakW: 3_000 };
    expect(issuePaths({ ...tou, peakStartHour: 6, peakEndHour: 6 })).toEqual(['peakEndHour']);
    expect(issuePaths({ ...tou, peakStartHour: 0, peakEndHour: 24 })).toEqual([]);
    expect(issuePaths({ ...tou, peakStartHour: 24, peakEndHour: 25 })).toEqual([
      'peakStartHour',
      'peakEndHour',
    ]);
    expect(issuePaths({ scenario: 'peak_shaving', connectorId: 1, maxPowerW: 1.5 })).toEqual([
      'maxPowerW',
    ]);
    expect(issuePaths({ scenario: 'peak_shaving', connectorId: 1, maxPowerW: 1, x: 1 })).toEqual([
      '',
    ]);
    expect(
      issuePaths({
        scenario: 'energy_cap',
        connectorId: 0,
        transactionId: 7,
        maxEnergyWh: 1,
        durationSeconds: 60,
        powerLimitW: 1,
      }),
    ).toEqual(['connectorId']);
  });
});

describe('buildScenarioProfile', () => {
  it('peak_shaving on connector 0 is a station-wide cap from now, to the second', () => {
    const built = build({ scenario: 'peak_shaving', connectorId: 0, maxPowerW: 7_000 });
    expect(built).toEqual({
      connectorId: 0,
      profile: {
        chargingProfileId: 42,
        stackLevel: 4,
        chargingProfilePurpose: 'ChargePointMaxProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: {
          startSchedule: '2025-03-10T15:00:00.000Z',
          chargingRateUnit: 'W',
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 7_000 }],
        },
      },
    });
    expect(validateChargingProfile(built.profile, { ...built, activeTransactionIds: [] })).toEqual(
      [],
    );
    expect(limitAt(built, 1, '2025-03-10T15:00:01Z')).toBe(7_000);
    expect(limitAt(built, 2, '2025-03-12T00:00:00Z')).toBe(7_000);
  });

  it('peak_shaving on a connector is its TxDefaultProfile, leaving the others alone', () => {
    const built = build({ scenario: 'peak_shaving', connectorId: 2, maxPowerW: 5_000 });
    expect(built.profile.chargingProfilePurpose).toBe('TxDefaultProfile');
    expect(
      validateChargingProfile(built.profile, {
        connectorId: 2,
        activeTransactionIds: [],
        connectorMaxPowerW: RATING,
      }),
    ).toEqual([]);
    expect(limitAt(built, 2, '2025-03-10T16:00:00Z')).toBe(5_000);
    expect(limitAt(built, 1, '2025-03-10T16:00:00Z')).toBe(RATING);
  });

  it('gives each scenario its own stack level, below load management’s, so they coexist', () => {
    const levels = [
      build({ scenario: 'peak_shaving', connectorId: 1, maxPowerW: 1 }),
      build({
        scenario: 'time_of_use',
        connectorId: 1,
        offPeakW: 1,
        peakW: 1,
        peakStartHour: 1,
        peakEndHour: 2,
      }),
      build({
        scenario: 'energy_cap',
        connectorId: 1,
        transactionId: 1,
        maxEnergyWh: 1,
        durationSeconds: 1,
        powerLimitW: 1,
      }),
    ].map((built) => built.profile.stackLevel);
    expect(new Set(levels).size).toBe(3);
    // Chargers commonly accept up to 8; load management's TxProfiles sit at 8.
    expect(Math.max(...levels)).toBeLessThan(8);
  });

  it('time_of_use recurs daily from the last Berlin midnight, with a peak across midnight', () => {
    const built = build({
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 11_000,
      peakW: 3_000,
      peakStartHour: 22,
      peakEndHour: 6,
    });
    const { profile } = built;
    expect(profile).toMatchObject({
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      chargingSchedule: {
        startSchedule: '2025-03-09T23:00:00.000Z',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 3_000 },
          { startPeriod: 6 * 3_600, limit: 11_000 },
          { startPeriod: 22 * 3_600, limit: 3_000 },
        ],
      },
    });
    expect(
      validateChargingProfile(profile, {
        connectorId: 1,
        activeTransactionIds: [],
        connectorMaxPowerW: RATING,
      }),
    ).toEqual([]);
    // From now (16:00 local) for a day: off-peak until 22:00 local, peak until 06:00, off-peak.
    const schedule = compositeSchedule({
      profiles: [built],
      connectorId: 1,
      unlimitedW: RATING,
      start: NOW,
      durationS: 86_400,
      unit: 'W',
    });
    expect(schedule.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit])).toEqual([
      [0, 11_000],
      [6 * 3_600, 3_000],
      [14 * 3_600, 11_000],
    ]);
    expect(limitAt(built, 1, '2025-03-11T23:30:00+01:00')).toBe(3_000);
    expect(limitAt(built, 1, '2025-03-12T05:59:59+01:00')).toBe(3_000);
    expect(limitAt(built, 1, '2025-03-12T06:00:00+01:00')).toBe(11_000);
  });

  it('time_of_use keeps 24 h steps across DST, so the peak runs an hour late until re-applied', () => {
    const built = build({
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 11_000,
      peakW: 3_000,
      peakStartHour: 17,
      peakEndHour: 21,
    });
    expect(limitAt(built, 1, '2025-03-28T17:30:00+01:00')).toBe(3_000);
    // Berlin moved to +02:00 on 30 March: the 24 h recurrence now lands at 01:00 local.
    expect(limitAt(built, 1, '2025-03-31T17:30:00+02:00')).toBe(11_000);
    expect(limitAt(built, 1, '2025-03-31T21:30:00+02:00')).toBe(3_000);
  });

  it('time_of_use starts at the previous local midnight just after midnight', () => {
    const built = buildScenarioProfile(
      {
        scenario: 'time_of_use',
        connectorId: 0,
        offPeakW: 11_000,
        peakW: 3_000,
        peakStartHour: 0,
        peakEndHour: 24,
      },
      { ...context, now: Date.parse('2025-07-01T22:10:00Z') }, // 00:10 on 2 July in Berlin
    );
    expect(built.profile.chargingSchedule).toMatchObject({
      startSchedule: '2025-07-01T22:00:00.000Z',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 3_000 }],
    });
  });

  it('energy_cap allows full power until the cap, then 0 W, never more than the cap', () => {
    const built = build({
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 77,
      maxEnergyWh: 10_000,
      durationSeconds: 7_200,
      powerLimitW: 7_000,
    });
    expect(built.profile).toMatchObject({
      transactionId: 77,
      chargingProfilePurpose: 'TxProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        duration: 7_200,
        startSchedule: '2025-03-10T15:00:00.000Z',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 7_000 },
          { startPeriod: 5_142, limit: 0 },
        ],
      },
    });
    expect(
      validateChargingProfile(built.profile, {
        connectorId: 1,
        activeTransactionIds: [77],
        connectorMaxPowerW: RATING,
      }),
    ).toEqual([]);
    const start = Date.parse('2025-03-10T15:00:00Z');
    const schedule = compositeSchedule({
      profiles: [built],
      connectorId: 1,
      unlimitedW: RATING,
      transaction: { transactionId: 77, startedAt: start },
      start,
      durationS: 7_200,
      unit: 'W',
    });
    const periods = schedule.chargingSchedulePeriod;
    const energyWh = periods.reduce((sum, period, i) => {
      const end = periods[i + 1]?.startPeriod ?? 7_200;
      return sum + (period.limit * (end - period.startPeriod)) / 3_600;
    }, 0);
    expect(energyWh).toBeLessThanOrEqual(10_000);
    expect(energyWh).toBeGreaterThan(10_000 - 7_000 / 3_600);
  });

  it('energy_cap is one period when the cap cannot be reached in the duration', () => {
    const built = build({
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 77,
      maxEnergyWh: 50_000,
      durationSeconds: 3_600,
      powerLimitW: 11_000,
    });
    expect(built.profile.chargingSchedule.chargingSchedulePeriod).toEqual([
      { startPeriod: 0, limit: 11_000 },
    ]);
  });
});

describe('scenarioIssuePath', () => {
  it('names the request field behind a limit the connector cannot take', () => {
    const request: TScenarioRequest = {
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 11_000,
      peakW: 30_000,
      peakStartHour: 17,
      peakEndHour: 21,
    };
    const { profile } = build(request);
    const paths = validateChargingProfile(profile, {
      connectorId: 1,
      activeTransactionIds: [],
      connectorMaxPowerW: RATING,
    }).map((issue) => scenarioIssuePath(request, profile, issue.path));
    expect(paths).toEqual(['peakW']);
    const energyCap: TScenarioRequest = {
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 5,
      maxEnergyWh: 1_000,
      durationSeconds: 60,
      powerLimitW: 30_000,
    };
    const capProfile = build(energyCap).profile;
    const capPaths = validateChargingProfile(capProfile, {
      connectorId: 1,
      activeTransactionIds: [],
      connectorMaxPowerW: RATING,
    }).map((issue) => scenarioIssuePath(energyCap, capProfile, issue.path));
    expect(capPaths).toEqual(['transactionId', 'powerLimitW']);
  });
});
