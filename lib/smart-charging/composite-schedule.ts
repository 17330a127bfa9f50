import type {
  TChargingProfilePurpose,
  TChargingRateUnit,
  TChargingSchedule,
  TChargingSchedulePeriod,
  TInstalledProfile,
} from './charging-profile';
import { activePeriod, origins, type ActivePeriod } from './active-period';

/**
 * The composite schedule of OCPP 1.6 section 3.13: what a connector may draw over time given
 * every installed profile. Pure (no clock, no I/O): times are epoch milliseconds.
 *
 * At each moment, within one purpose the valid profile with the highest stackLevel that has a
 * period covering that moment wins; a TxProfile overrides the TxDefaultProfile (a connector's
 * own TxDefaultProfile overrides one on connector 0); the ChargePointMaxProfile caps the result.
 */

export interface CompositeInput {
  profiles: readonly TInstalledProfile[];
  /** 0 asks for the station as a whole (only ChargePointMaxProfile applies). */
  connectorId: number;
  /** The transaction running on the connector: TxProfiles and Relative schedules follow it. */
  transaction?: { transactionId: number; startedAt: number };
  /** What the connector draws where no profile limits it, in W (its rating). */
  unlimitedW: number;
  /** Phase voltage for A↔W conversion; 230 V. */
  voltage?: number;
  /** Phases assumed when a period does not say; 3. */
  defaultPhases?: number;
}

export interface CompositeRequest extends CompositeInput {
  start: number;
  durationS: number;
  unit: TChargingRateUnit;
}

interface Limit {
  watts: number;
  phases: number;
  /** Phases stated by the period that set the limit. */
  statedPhases?: number;
}

/** The limit in force at `at`, in W. */
export function compositeLimitAt(input: CompositeInput, at: number): number {
  return compositeAt(input, at, at).watts;
}

/** The composite schedule from `start` for `durationS`, in the requested unit. */
export function compositeSchedule(
  request: CompositeRequest,
): Required<Pick<TChargingSchedule, 'duration' | 'startSchedule'>> & TChargingSchedule {
  const { start, durationS, unit } = request;
  const end = start + durationS * 1000;
  const periods: TChargingSchedulePeriod[] = [];
  for (const at of breakpoints(request, start, end)) {
    const limit = compositeAt(request, at, start);
    const period: TChargingSchedulePeriod = {
      startPeriod: Math.round((at - start) / 1000),
      limit: toUnit(limit, unit, request.voltage ?? 230),
      ...(limit.statedPhases === undefined ? {} : { numberPhases: limit.statedPhases }),
    };
    const previous = periods.at(-1);
    if (previous?.startPeriod === period.startPeriod) periods.pop();
    const last = periods.at(-1);
    if (last?.limit === period.limit && last.numberPhases === period.numberPhases) continue;
    periods.push(period);
  }
  return {
    duration: durationS,
    startSchedule: new Date(start).toISOString(),
    chargingRateUnit: unit,
    chargingSchedulePeriod: periods,
  };
}

function compositeAt(input: CompositeInput, at: number, windowStart: number): Limit {
  const defaultPhases = input.defaultPhases ?? 3;
  const winner = (purpose: TChargingProfilePurpose, connectorId: number) =>
    highestStack(input, purpose, connectorId, at, windowStart);
  const cap = winner('ChargePointMaxProfile', 0);
  const tx =
    input.connectorId === 0
      ? undefined
      : ((input.transaction ? winner('TxProfile', input.connectorId) : undefined) ??
        winner('TxDefaultProfile', input.connectorId) ??
        winner('TxDefaultProfile', 0));
  let limit: Limit = { watts: input.unlimitedW, phases: defaultPhases };
  for (const candidate of [tx, cap]) {
    if (!candidate) continue;
    const watts = toWatts(candidate, input.voltage ?? 230, defaultPhases);
    if (watts < limit.watts) {
      limit = {
        watts,
        phases: candidate.period.numberPhases ?? defaultPhases,
        ...(candidate.period.numberPhases === undefined
          ? {}
          : { statedPhases: candidate.period.numberPhases }),
      };
    }
  }
  return limit;
}

function highestStack(
  input: CompositeInput,
  purpose: TChargingProfilePurpose,
  connectorId: number,
  at: number,
  windowStart: number,
): ActivePeriod | undefined {
  let best: { stackLevel: number; active: ActivePeriod } | undefined;
  for (const installed of input.profiles) {
    const { profile } = installed;
    if (installed.connectorId !== connectorId || profile.chargingProfilePurpose !== purpose) {
      continue;
    }
    if (
      purpose === 'TxProfile' &&
      profile.transactionId !== undefined &&
      profile.transactionId !== input.transaction?.transactionId
    ) {
      continue;
    }
    if (best && best.stackLevel >= profile.stackLevel) continue;
    const active = activePeriod(profile, at, input.transaction?.startedAt ?? windowStart);
    if (active) best = { stackLevel: profile.stackLevel, active };
  }
  return best?.active;
}

/** Every moment in [start, end) at which some profile may start, end or change its limit. */
function breakpoints(request: CompositeRequest, start: number, end: number): number[] {
  const relativeStart = request.transaction?.startedAt ?? start;
  const moments = new Set<number>([start]);
  const add = (at: number) => {
    if (at > start && at < end) moments.add(at);
  };
  for (const { profile } of request.profiles) {
    if (profile.validFrom) add(Date.parse(profile.validFrom));
    if (profile.validTo) add(Date.parse(profile.validTo));
    const schedule = profile.chargingSchedule;
    for (const origin of origins(profile, start, end, relativeStart)) {
      for (const period of schedule.chargingSchedulePeriod) add(origin + period.startPeriod * 1000);
      if (schedule.duration !== undefined) add(origin + schedule.duration * 1000);
    }
  }
  return [...moments].sort((a, b) => a - b);
}

function toWatts(active: ActivePeriod, voltage: number, defaultPhases: number): number {
  const { limit, numberPhases } = active.period;
  return active.unit === 'W' ? limit : limit * voltage * (numberPhases ?? defaultPhases);
}

/** Rounded down to 0.1 (the schema's multipleOf), so a limit is never overstated. */
function toUnit(limit: Limit, unit: TChargingRateUnit, voltage: number): number {
  const value = unit === 'W' ? limit.watts : limit.watts / (voltage * limit.phases);
  return Math.floor(value * 10 + 1e-6) / 10;
}
