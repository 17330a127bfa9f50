import type { TChargingProfile as ChargingProfile } from '@/lib/smart-charging/charging-profile';

export interface ProfileLimits {
  maxStackLevel: number;
  maxPeriods: number;
  /** ChargingScheduleAllowedChargingRateUnit, e.g. ['Current', 'Power']. */
  allowedUnits: readonly string[];
}

/**
 * Why a charge point would refuse this profile (OCPP 1.6 section 5.16), or undefined when it
 * is acceptable. Where the profile may go (purpose vs connector, a running transaction) is
 * the handler's business; this checks the profile itself.
 */
export function profileProblem(
  profile: ChargingProfile,
  limits: ProfileLimits,
): string | undefined {
  const schedule = profile.chargingSchedule;
  const periods = schedule.chargingSchedulePeriod;
  if (profile.stackLevel < 0 || profile.stackLevel > limits.maxStackLevel) {
    return `stackLevel ${profile.stackLevel} is outside 0..${limits.maxStackLevel}`;
  }
  if (periods.length === 0 || periods.length > limits.maxPeriods) {
    return `needs 1..${limits.maxPeriods} schedule periods, got ${periods.length}`;
  }
  if (periods[0]?.startPeriod !== 0) return 'the first period must start at 0';
  if (
    periods.some((period, i) => i > 0 && period.startPeriod <= (periods[i - 1]?.startPeriod ?? 0))
  ) {
    return 'period starts must increase';
  }
  if (periods.some((period) => period.limit < 0)) return 'a limit is negative';
  const unitName = schedule.chargingRateUnit === 'A' ? 'Current' : 'Power';
  if (!limits.allowedUnits.includes(unitName)) return `${unitName} limits are not supported`;
  if (profile.chargingProfileKind === 'Recurring') {
    if (!profile.recurrencyKind || !schedule.startSchedule) {
      return 'a recurring profile needs recurrencyKind and startSchedule';
    }
  }
  if (
    profile.validFrom &&
    profile.validTo &&
    Date.parse(profile.validTo) <= Date.parse(profile.validFrom)
  ) {
    return 'validTo is not after validFrom';
  }
  if (profile.transactionId !== undefined && profile.chargingProfilePurpose !== 'TxProfile') {
    return 'only a TxProfile may name a transaction';
  }
  return undefined;
}
