import {
  priceSession,
  type TCostBreakdown,
  type TTariffPricing,
} from '@/lib/billing/price-session';
import type { TMeterSample } from '@/lib/billing/measure-usage';
import type { TInstalledProfile } from './charging-profile';
import { compositeSchedule, type CompositeInput } from './composite-schedule';

/**
 * What a charge would look like under a set of profiles, before anything is sent. Pure: times
 * are epoch ms. The power at each moment is the least of the composite limit, the car's maximum
 * and the connector's rating, held until the need is met or the horizon (48 h) ends.
 *
 * With battery information the car tapers above 80 % SoC, the usual constant-voltage phase of a
 * lithium battery, simplified: its maximum falls linearly from full at 80 % to a fifth at 100 %,
 * evaluated per whole percent of SoC.
 */

export const PREVIEW_HORIZON_S = 48 * 3_600;
const TAPER_FROM_PERCENT = 80;
const TAPER_FLOOR = 0.2;
/** The curve gets a point per power change; with more than fit a chart, one per 15 min. */
const MAX_CURVE_POINTS = 200;
const THIN_STEP_MS = 15 * 60_000;

export interface TPreviewInput {
  /** The profiles the station holds now; the candidate (if any) replaces as OCPP says. */
  installed: readonly TInstalledProfile[];
  candidate?: TInstalledProfile;
  connectorId: number;
  ratingW: number;
  start: number;
  transaction?: { transactionId: number; startedAt: number };
  energyWh: number;
  vehicleMaxPowerW?: number;
  battery?: { capacityWh: number; socPercent: number };
  tariff?: { pricing: TTariffPricing; timeZone: string };
  horizonS?: number;
}

export interface TCurvePoint {
  at: string;
  powerW: number;
}

export interface TSchedulePreview {
  /** Steps: each point's power holds until the next point; the last is the end (0 W if done). */
  curve: TCurvePoint[];
  /** When the need is met, or null if it is not within the horizon. */
  finishAt: string | null;
  energyWh: number;
  durationS: number;
  cost: TCostBreakdown | null;
}

/**
 * OCPP 1.6 SetChargingProfile: a profile with the same chargingProfileId, or the same connector,
 * purpose and stack level, is replaced by the new one.
 */
export function installProfile(
  installed: readonly TInstalledProfile[],
  candidate: TInstalledProfile,
): TInstalledProfile[] {
  const replaced = ({ connectorId, profile }: TInstalledProfile) =>
    profile.chargingProfileId === candidate.profile.chargingProfileId ||
    (connectorId === candidate.connectorId &&
      profile.chargingProfilePurpose === candidate.profile.chargingProfilePurpose &&
      profile.stackLevel === candidate.profile.stackLevel);
  return [...installed.filter((entry) => !replaced(entry)), candidate];
}

interface Segment {
  from: number;
  to: number;
  powerW: number;
}

export function previewSchedule(input: TPreviewInput): TSchedulePreview {
  const horizonEnd = input.start + (input.horizonS ?? PREVIEW_HORIZON_S) * 1000;
  const composite: CompositeInput = {
    profiles: input.candidate ? installProfile(input.installed, input.candidate) : input.installed,
    connectorId: input.connectorId,
    unlimitedW: input.ratingW,
    ...(input.transaction ? { transaction: input.transaction } : {}),
  };
  const limits = limitSteps(composite, input.start, horizonEnd);
  const segments: Segment[] = [];
  let at = input.start;
  let deliveredWh = 0;
  let step = 0;
  while (at < horizonEnd && deliveredWh < input.energyWh) {
    while (limits[step + 1] && limits[step + 1]!.at <= at) step++;
    let to = Math.min(limits[step + 1]?.at ?? horizonEnd, horizonEnd);
    const powerW = Math.max(
      0,
      Math.min(limits[step]!.limitW, input.ratingW, carMaxW(input, deliveredWh)),
    );
    if (powerW > 0) {
      const untilWh = Math.min(input.energyWh, nextSocStepWh(input, deliveredWh));
      to = Math.min(
        to,
        at + Math.max(1, Math.ceil(((untilWh - deliveredWh) * 3_600_000) / powerW)),
      );
      deliveredWh = Math.min(input.energyWh, deliveredWh + (powerW * (to - at)) / 3_600_000);
      // Float noise must not leave a sliver of need that takes a whole extra step.
      if (input.energyWh - deliveredWh < 1e-6) deliveredWh = input.energyWh;
    }
    const last = segments.at(-1);
    if (last?.powerW === powerW) last.to = to;
    else segments.push({ from: at, to, powerW });
    at = to;
  }
  const done = deliveredWh >= input.energyWh;
  const end = done ? at : horizonEnd;
  return {
    curve: curveOf(segments, end, done),
    finishAt: done ? new Date(end).toISOString() : null,
    energyWh: Math.round(deliveredWh),
    durationS: Math.round((end - input.start) / 1000),
    cost: input.tariff ? costOf(input.tariff, input.start, end, segments) : null,
  };
}

/**
 * The composite limit as steps from `start`. Its own periods, not compositeLimitAt per moment:
 * they start whole seconds from `start`, so a change may show up to half a second early or
 * late, but the power always follows it (and a Relative profile starts at `start` here too).
 */
function limitSteps(composite: CompositeInput, start: number, end: number) {
  const schedule = compositeSchedule({
    ...composite,
    start,
    durationS: Math.ceil((end - start) / 1000),
    unit: 'W',
  });
  return schedule.chargingSchedulePeriod.map((period) => ({
    at: start + period.startPeriod * 1000,
    limitW: period.limit,
  }));
}

function socAt(input: TPreviewInput, deliveredWh: number): number | undefined {
  const { battery } = input;
  if (!battery || battery.capacityWh <= 0) return undefined;
  return battery.socPercent + (deliveredWh / battery.capacityWh) * 100;
}

function carMaxW(input: TPreviewInput, deliveredWh: number): number {
  const full = Math.min(input.vehicleMaxPowerW ?? Infinity, input.ratingW);
  const soc = socAt(input, deliveredWh);
  if (soc === undefined || soc < TAPER_FROM_PERCENT) return full;
  const step = Math.floor(soc + 1e-9);
  const share = 1 - ((1 - TAPER_FLOOR) * Math.min(step - TAPER_FROM_PERCENT, 20)) / 20;
  return full * share;
}

/** Energy delivered when SoC reaches the next point where the taper changes the car's maximum. */
function nextSocStepWh(input: TPreviewInput, deliveredWh: number): number {
  const soc = socAt(input, deliveredWh);
  if (soc === undefined || soc >= 100) return Infinity;
  const next = soc < TAPER_FROM_PERCENT ? TAPER_FROM_PERCENT : Math.floor(soc + 1e-9) + 1;
  return ((next - input.battery!.socPercent) / 100) * input.battery!.capacityWh;
}

function curveOf(segments: readonly Segment[], end: number, done: boolean): TCurvePoint[] {
  let points = segments.map((segment) => ({ at: segment.from, powerW: segment.powerW }));
  if (points.length > MAX_CURVE_POINTS) {
    // At most one point per 15-minute slot: the first change in it.
    const thinned: { at: number; powerW: number }[] = [];
    for (const point of points) {
      const slot = Math.floor((point.at - points[0]!.at) / THIN_STEP_MS);
      const previous = thinned.at(-1);
      if (previous && Math.floor((previous.at - points[0]!.at) / THIN_STEP_MS) === slot) continue;
      thinned.push(point);
    }
    points = thinned;
  }
  const last = segments.at(-1);
  points.push({ at: end, powerW: done || !last ? 0 : last.powerW });
  return points.map((point) => ({
    at: new Date(point.at).toISOString(),
    powerW: Math.round(point.powerW),
  }));
}

function costOf(
  tariff: NonNullable<TPreviewInput['tariff']>,
  start: number,
  end: number,
  segments: readonly Segment[],
): TCostBreakdown {
  const samples: TMeterSample[] = [{ at: new Date(start), wh: 0 }];
  let wh = 0;
  for (const segment of segments) {
    wh += (segment.powerW * (segment.to - segment.from)) / 3_600_000;
    samples.push({ at: new Date(segment.to), wh });
  }
  return priceSession(tariff.pricing, tariff.timeZone, {
    startedAt: new Date(start),
    endedAt: new Date(end),
    samples,
    chargingEndedAt: new Date(end),
  });
}
