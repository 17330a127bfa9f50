import type {
  TChargingProfile,
  TChargingRateUnit,
  TChargingSchedulePeriod,
} from './charging-profile';

/** When one profile's schedule applies and with which period. Pure: times are epoch ms. */

/** OCPP 1.6 recurrence is a fixed step from startSchedule, not a local calendar day: no DST. */
const DAY_MS = 86_400_000;
const RECURRENCE_MS = { Daily: DAY_MS, Weekly: 7 * DAY_MS } as const;

export interface ActivePeriod {
  unit: TChargingRateUnit;
  period: TChargingSchedulePeriod;
}

/** The period of `profile` in force at `at`, if the profile is valid and its schedule runs. */
export function activePeriod(
  profile: TChargingProfile,
  at: number,
  relativeStart: number,
): ActivePeriod | undefined {
  if (profile.validFrom && at < Date.parse(profile.validFrom)) return undefined;
  if (profile.validTo && at >= Date.parse(profile.validTo)) return undefined;
  const { chargingSchedule: schedule } = profile;
  const offsetS = (at - scheduleOrigin(profile, at, relativeStart)) / 1000;
  if (offsetS < 0) return undefined;
  if (schedule.duration !== undefined && offsetS >= schedule.duration) return undefined;
  let found: TChargingSchedulePeriod | undefined;
  for (const period of schedule.chargingSchedulePeriod) {
    if (period.startPeriod <= offsetS && (!found || period.startPeriod >= found.startPeriod)) {
      found = period;
    }
  }
  return found && { unit: schedule.chargingRateUnit, period: found };
}

/**
 * Where the schedule's second 0 falls for the moment `at`. A Relative schedule (and an
 * Absolute one without startSchedule) starts with the transaction, or, with none running,
 * at the start of the requested window, as if charging began then.
 */
function scheduleOrigin(profile: TChargingProfile, at: number, relativeStart: number): number {
  const startSchedule = profile.chargingSchedule.startSchedule;
  if (profile.chargingProfileKind === 'Relative' || startSchedule === undefined) {
    return relativeStart;
  }
  const base = Date.parse(startSchedule);
  if (profile.chargingProfileKind === 'Absolute') return base;
  const everyMs = RECURRENCE_MS[profile.recurrencyKind ?? 'Daily'];
  return base + Math.floor((at - base) / everyMs) * everyMs;
}

/** Where second 0 of the schedule falls in [start, end): once, or once per recurrence. */
export function origins(
  profile: TChargingProfile,
  start: number,
  end: number,
  relativeStart: number,
): number[] {
  if (profile.chargingProfileKind !== 'Recurring' || !profile.chargingSchedule.startSchedule) {
    return [scheduleOrigin(profile, start, relativeStart)];
  }
  const everyMs = RECURRENCE_MS[profile.recurrencyKind ?? 'Daily'];
  const result: number[] = [];
  for (
    let origin = scheduleOrigin(profile, start, relativeStart);
    origin < end;
    origin += everyMs
  ) {
    result.push(origin);
  }
  return result;
}
