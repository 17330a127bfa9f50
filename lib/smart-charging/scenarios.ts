import { z } from 'zod';
import { localDateOf, addDays, zonedWallTimeToUtc } from '@/lib/billing/zoned-time';
import type { TChargingProfile, TChargingSchedulePeriod } from './charging-profile';

/**
 * Ready-made profiles for the common smart-charging jobs. Pure: the caller supplies the
 * profile id, the site's time zone and the clock. Every limit is in W.
 *
 * - peak_shaving: a constant cap from now on. On connector 0 it is the ChargePointMaxProfile
 *   (caps the station as a whole, whatever else is installed); on a connector it is that
 *   connector's TxDefaultProfile, which a running transaction's TxProfile overrides.
 * - time_of_use: a daily recurring TxDefaultProfile (on connector 0 it is every connector's
 *   default) starting at the last local midnight of the site: offPeakW, peakW from
 *   peakStartHour until peakEndHour, offPeakW again. A peak may wrap midnight (22 → 6).
 * - energy_cap: a TxProfile for one transaction that allows powerLimitW until maxEnergyWh could
 *   have been delivered at that power, then 0 W until durationSeconds is over.
 *
 * Each scenario has its own stack level, so they coexist, and re-applying one replaces the
 * previous one (the charger replaces a profile with the same connector, purpose and stack level).
 * Where two share a purpose on one connector (peak_shaving and time_of_use on a connector), the
 * higher stack level wins: a peak-shaving cap overrides the daily plan while it is installed.
 */

/**
 * Below 8, the ChargeProfileMaxStackLevel many chargers (and the simulator) report, and below
 * site load management's TxProfiles (stack 8), which must keep the site under its limit.
 */
export const SCENARIO_STACK_LEVELS = { peak_shaving: 4, time_of_use: 2, energy_cap: 6 } as const;

/** An integer field whose error says "is required" when it is missing, `message` otherwise. */
const int = (message: string) =>
  z.int({ error: (issue) => (issue.input === undefined ? 'is required' : message) });
const ZWatts = int('must be a whole number of W').nonnegative({ error: 'must be 0 or more' });
const ZPositiveInt = int('must be an integer').positive({ error: 'must be more than 0' });
const ZConnector = int('must be an integer').nonnegative({
  error: 'must be 0 (the whole station) or a connector number',
});

export const ZPeakShavingScenario = z.strictObject({
  scenario: z.literal('peak_shaving'),
  connectorId: ZConnector,
  maxPowerW: ZWatts,
});

const HOUR_23 = { error: 'must be an hour 0–23' };
const HOUR_24 = { error: 'must be an hour 0–24' };

export const ZTimeOfUseScenario = z
  .strictObject({
    scenario: z.literal('time_of_use'),
    connectorId: ZConnector,
    offPeakW: ZWatts,
    peakW: ZWatts,
    peakStartHour: int('must be an hour 0–23').min(0, HOUR_23).max(23, HOUR_23),
    peakEndHour: int('must be an hour 0–24').min(0, HOUR_24).max(24, HOUR_24),
  })
  .refine((value) => value.peakStartHour !== value.peakEndHour, {
    path: ['peakEndHour'],
    error: 'must differ from peakStartHour (a peak needs a length)',
  });

export const ZEnergyCapScenario = z.strictObject({
  scenario: z.literal('energy_cap'),
  connectorId: ZPositiveInt,
  transactionId: int('must be an integer'),
  maxEnergyWh: ZPositiveInt,
  durationSeconds: ZPositiveInt,
  powerLimitW: ZPositiveInt,
});

export const ZScenarioRequest = z.discriminatedUnion(
  'scenario',
  [ZPeakShavingScenario, ZTimeOfUseScenario, ZEnergyCapScenario],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'must be one of peak_shaving, time_of_use, energy_cap'
        : 'must be an object with a scenario',
  },
);
export type TScenarioRequest = z.infer<typeof ZScenarioRequest>;
export type TScenarioName = TScenarioRequest['scenario'];

export interface TScenarioContext {
  chargingProfileId: number;
  /** The site's IANA time zone (time_of_use counts hours in it). */
  timeZone: string;
  /** Epoch ms. */
  now: number;
}

export interface TScenarioProfile {
  connectorId: number;
  profile: TChargingProfile;
}

export function buildScenarioProfile(
  request: TScenarioRequest,
  context: TScenarioContext,
): TScenarioProfile {
  const base = { chargingProfileId: context.chargingProfileId };
  const nowIso = new Date(Math.floor(context.now / 1000) * 1000).toISOString();
  switch (request.scenario) {
    case 'peak_shaving':
      return {
        connectorId: request.connectorId,
        profile: {
          ...base,
          stackLevel: SCENARIO_STACK_LEVELS.peak_shaving,
          chargingProfilePurpose:
            request.connectorId === 0 ? 'ChargePointMaxProfile' : 'TxDefaultProfile',
          chargingProfileKind: 'Absolute',
          chargingSchedule: {
            startSchedule: nowIso,
            chargingRateUnit: 'W',
            chargingSchedulePeriod: [{ startPeriod: 0, limit: request.maxPowerW }],
          },
        },
      };
    case 'time_of_use':
      return {
        connectorId: request.connectorId,
        profile: {
          ...base,
          stackLevel: SCENARIO_STACK_LEVELS.time_of_use,
          chargingProfilePurpose: 'TxDefaultProfile',
          // OCPP 1.6 recurrence steps a fixed 24 h from startSchedule, not a local calendar
          // day: after a DST change the peak runs an hour off local time until re-applied.
          chargingProfileKind: 'Recurring',
          recurrencyKind: 'Daily',
          chargingSchedule: {
            duration: 86_400,
            startSchedule: new Date(lastLocalMidnight(context.now, context.timeZone)).toISOString(),
            chargingRateUnit: 'W',
            chargingSchedulePeriod: timeOfUsePeriods(request),
          },
        },
      };
    case 'energy_cap':
      return {
        connectorId: request.connectorId,
        profile: {
          ...base,
          transactionId: request.transactionId,
          stackLevel: SCENARIO_STACK_LEVELS.energy_cap,
          chargingProfilePurpose: 'TxProfile',
          chargingProfileKind: 'Absolute',
          chargingSchedule: {
            duration: request.durationSeconds,
            startSchedule: nowIso,
            chargingRateUnit: 'W',
            chargingSchedulePeriod: energyCapPeriods(request),
          },
        },
      };
  }
}

function lastLocalMidnight(now: number, timeZone: string): number {
  const today = localDateOf(now, timeZone);
  const midnight = zonedWallTimeToUtc(today, 0, timeZone);
  return midnight <= now ? midnight : zonedWallTimeToUtc(addDays(today, -1), 0, timeZone);
}

function timeOfUsePeriods(request: z.infer<typeof ZTimeOfUseScenario>): TChargingSchedulePeriod[] {
  const { peakStartHour: start, peakEndHour: end } = request;
  const isPeak = (hour: number) =>
    start < end ? hour >= start && hour < end : hour >= start || hour < end;
  const periods: TChargingSchedulePeriod[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const limit = isPeak(hour) ? request.peakW : request.offPeakW;
    if (periods.at(-1)?.limit !== limit) periods.push({ startPeriod: hour * 3_600, limit });
  }
  return periods;
}

/** Full power for as many whole seconds as keep the energy within the cap, then 0 W. */
function energyCapPeriods(request: z.infer<typeof ZEnergyCapScenario>): TChargingSchedulePeriod[] {
  const capSeconds = Math.floor((request.maxEnergyWh * 3_600) / request.powerLimitW);
  if (capSeconds >= request.durationSeconds) {
    return [{ startPeriod: 0, limit: request.powerLimitW }];
  }
  if (capSeconds === 0) return [{ startPeriod: 0, limit: 0 }];
  return [
    { startPeriod: 0, limit: request.powerLimitW },
    { startPeriod: capSeconds, limit: 0 },
  ];
}

/**
 * The request field behind an issue validateChargingProfile found in a built profile, so a 422
 * names what the caller sent (`maxPowerW` rather than `chargingSchedule…limit`).
 */
export function scenarioIssuePath(
  request: TScenarioRequest,
  profile: TChargingProfile,
  issuePath: string,
): string {
  const period = /^chargingSchedule\.chargingSchedulePeriod\.(\d+)\.limit$/.exec(issuePath);
  if (period) {
    if (request.scenario === 'peak_shaving') return 'maxPowerW';
    if (request.scenario === 'energy_cap') return 'powerLimitW';
    const limit = profile.chargingSchedule.chargingSchedulePeriod[Number(period[1])]?.limit;
    return limit === request.peakW ? 'peakW' : 'offPeakW';
  }
  return issuePath;
}
