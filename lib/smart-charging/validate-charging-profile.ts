import type {
  TChargingProfile,
  TChargingRateUnit,
  TChargingSchedulePeriod,
} from './charging-profile';

/** Phase voltage OCPP 1.6 implies for converting A limits to W. */
const VOLTAGE = 230;

export interface TProfileContext {
  /** Where the profile is to be installed; 0 is the charge point as a whole. */
  connectorId: number;
  /** Transactions running on that connector. */
  activeTransactionIds: number[];
  /** The connector's rating; no rating check without it. */
  connectorMaxPowerW?: number | null;
  /** Phases an A limit is multiplied by when its period does not say; 3. */
  phases?: number;
}

/** `path` is dotted from the profile (as API field details are); `connectorId` is the context's. */
export interface TProfileIssue {
  path: string;
  message: string;
}

const PERIODS = 'chargingSchedule.chargingSchedulePeriod';

/**
 * What OCPP 1.6 (sections 3.13 and 5.16) says is wrong with installing `profile` here, beyond
 * what ZChargingProfile's shape already enforces. Empty when the profile may be sent.
 */
export function validateChargingProfile(
  profile: TChargingProfile,
  context: TProfileContext,
): TProfileIssue[] {
  return [
    ...placementIssues(profile, context),
    ...timingIssues(profile),
    ...periodIssues(profile, context),
  ];
}

function placementIssues(profile: TChargingProfile, context: TProfileContext): TProfileIssue[] {
  const issues: TProfileIssue[] = [];
  const purpose = profile.chargingProfilePurpose;
  if (profile.stackLevel < 0) issues.push({ path: 'stackLevel', message: 'must be 0 or more' });
  if (purpose === 'ChargePointMaxProfile' && context.connectorId !== 0) {
    issues.push({ path: 'connectorId', message: 'a ChargePointMaxProfile goes on connector 0' });
  }
  if (purpose !== 'TxProfile') {
    if (profile.transactionId !== undefined) {
      issues.push({ path: 'transactionId', message: 'only a TxProfile names a transaction' });
    }
    return issues;
  }
  if (context.connectorId === 0) {
    issues.push({
      path: 'connectorId',
      message: 'a TxProfile goes on the transaction’s connector',
    });
  }
  if (profile.transactionId !== undefined) {
    if (!context.activeTransactionIds.includes(profile.transactionId)) {
      issues.push({
        path: 'transactionId',
        message: `transaction ${profile.transactionId} is not running on this connector`,
      });
    }
  } else if (context.activeTransactionIds.length === 0) {
    issues.push({
      path: 'chargingProfilePurpose',
      message: 'a TxProfile needs a transaction running on the connector',
    });
  }
  return issues;
}

function timingIssues(profile: TChargingProfile): TProfileIssue[] {
  const issues: TProfileIssue[] = [];
  const { startSchedule, duration } = profile.chargingSchedule;
  if (profile.chargingProfileKind === 'Recurring') {
    if (!profile.recurrencyKind) {
      issues.push({ path: 'recurrencyKind', message: 'a Recurring profile needs Daily or Weekly' });
    }
    if (startSchedule === undefined) {
      issues.push({
        path: 'chargingSchedule.startSchedule',
        message: 'a Recurring profile needs the moment its recurrence counts from',
      });
    }
  }
  if (profile.chargingProfileKind === 'Relative' && startSchedule !== undefined) {
    issues.push({
      path: 'chargingSchedule.startSchedule',
      message: 'a Relative profile starts with the transaction, so it has no startSchedule',
    });
  }
  if (duration !== undefined && duration <= 0) {
    issues.push({ path: 'chargingSchedule.duration', message: 'must be more than 0 seconds' });
  }
  const { validFrom, validTo } = profile;
  if (validFrom && validTo && Date.parse(validTo) <= Date.parse(validFrom)) {
    issues.push({ path: 'validTo', message: 'must be after validFrom' });
  }
  return issues;
}

function periodIssues(profile: TChargingProfile, context: TProfileContext): TProfileIssue[] {
  const schedule = profile.chargingSchedule;
  const periods = schedule.chargingSchedulePeriod;
  if (periods.length === 0) return [{ path: PERIODS, message: 'needs at least one period' }];
  const issues: TProfileIssue[] = [];
  if (periods[0]?.startPeriod !== 0) {
    issues.push({ path: `${PERIODS}.0.startPeriod`, message: 'the first period starts at 0' });
  }
  periods.forEach((period, i) => {
    const previous = periods[i - 1];
    if (previous && period.startPeriod <= previous.startPeriod) {
      issues.push({
        path: `${PERIODS}.${i}.startPeriod`,
        message: `must be after the previous period’s ${previous.startPeriod}`,
      });
    }
    if (period.numberPhases !== undefined && (period.numberPhases < 1 || period.numberPhases > 3)) {
      issues.push({ path: `${PERIODS}.${i}.numberPhases`, message: 'must be 1, 2 or 3' });
    }
    const limitIssue = rateIssue(period.limit, schedule.chargingRateUnit, period, context);
    if (limitIssue) issues.push({ path: `${PERIODS}.${i}.limit`, message: limitIssue });
  });
  if (schedule.minChargingRate !== undefined) {
    const minIssue = rateIssue(schedule.minChargingRate, schedule.chargingRateUnit, {}, context);
    if (minIssue) issues.push({ path: 'chargingSchedule.minChargingRate', message: minIssue });
  }
  return issues;
}

function rateIssue(
  rate: number,
  unit: TChargingRateUnit,
  period: Pick<TChargingSchedulePeriod, 'numberPhases'>,
  context: TProfileContext,
): string | undefined {
  if (rate < 0) return 'must be 0 or more';
  const maxW = context.connectorMaxPowerW;
  if (maxW === undefined || maxW === null) return undefined;
  const phases = period.numberPhases ?? context.phases ?? 3;
  const watts = unit === 'W' ? rate : rate * VOLTAGE * phases;
  if (watts <= maxW) return undefined;
  return unit === 'W'
    ? `${rate} W is above the connector’s ${maxW} W`
    : `${rate} A on ${phases} phase(s) is ${watts} W, above the connector’s ${maxW} W`;
}
