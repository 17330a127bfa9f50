import { describe, expect, it } from 'vitest';
import type { TChargingProfile, TInstalledProfile } from './charging-profile';
import { compositeLimitAt, compositeSchedule, type CompositeRequest } from './composite-schedule';

/** Hand-worked cases of OCPP 1.6 section 3.13, one rule each; limits in W unless stated. */

const H = 3_600;
let nextId = 100;

function aProfile(
  fields: Partial<Omit<TChargingProfile, 'chargingSchedule'>> & {
    periods: [number, number][];
    startSchedule?: string;
    duration?: number;
    unit?: 'A' | 'W';
  },
): TChargingProfile {
  const { periods, startSchedule, duration, unit = 'W', ...rest } = fields;
  return {
    chargingProfileId: nextId++,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...rest,
    chargingSchedule: {
      ...(startSchedule === undefined ? {} : { startSchedule }),
      ...(duration === undefined ? {} : { duration }),
      chargingRateUnit: unit,
      chargingSchedulePeriod: periods.map(([startPeriod, limit]) => ({ startPeriod, limit })),
    },
  };
}

const on = (connectorId: number, profile: TChargingProfile): TInstalledProfile => ({
  connectorId,
  profile,
});

function window(
  start: string,
  durationS: number,
  profiles: TInstalledProfile[],
  extra: Partial<CompositeRequest> = {},
): CompositeRequest {
  const startMs = Date.parse(start);
  return {
    profiles,
    connectorId: 1,
    unlimitedW: 22_000,
    start: startMs,
    durationS,
    unit: 'W',
    ...extra,
  };
}

const periodsOf = (request: CompositeRequest) =>
  compositeSchedule(request).chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);

const T0 = '2025-03-10T10:00:00Z';

describe('composite schedule rules', () => {
  it('stacking: the higher level wins while it runs, the lower one takes over after', () => {
    const base = aProfile({ stackLevel: 0, startSchedule: T0, periods: [[0, 10_000]] });
    const high = aProfile({
      stackLevel: 3,
      startSchedule: T0,
      duration: 1_800,
      periods: [
        [0, 6_000],
        [900, 12_000],
      ],
    });
    expect(periodsOf(window(T0, H, [on(1, base), on(1, high)]))).toEqual([
      [0, 6_000],
      [900, 12_000],
      [1_800, 10_000],
    ]);
  });

  it('a TxProfile replaces the TxDefaultProfile whatever their stack levels', () => {
    const txDefault = aProfile({ stackLevel: 9, startSchedule: T0, periods: [[0, 6_000]] });
    const tx = aProfile({
      chargingProfilePurpose: 'TxProfile',
      transactionId: 42,
      startSchedule: T0,
      periods: [[0, 9_000]],
    });
    const profiles = [on(1, txDefault), on(1, tx)];
    const started = Date.parse(T0) - 60_000;
    expect(
      periodsOf(
        window(T0, H, profiles, { transaction: { transactionId: 42, startedAt: started } }),
      ),
    ).toEqual([[0, 9_000]]);
    // Another transaction on the connector: that TxProfile is not its own.
    expect(
      periodsOf(
        window(T0, H, profiles, { transaction: { transactionId: 43, startedAt: started } }),
      ),
    ).toEqual([[0, 6_000]]);
  });

  it('the ChargePointMaxProfile on connector 0 bounds the result, A converted at 230 V × 3', () => {
    // 16 A × 690 V = 11 040 W, above the 7 000 W cap from 00:30 to 01:00.
    const tx = aProfile({ startSchedule: T0, unit: 'A', periods: [[0, 16]] });
    const cap = aProfile({
      chargingProfilePurpose: 'ChargePointMaxProfile',
      startSchedule: T0,
      periods: [
        [0, 20_000],
        [1_800, 7_000],
      ],
    });
    expect(periodsOf(window(T0, H, [on(1, tx), on(0, cap)]))).toEqual([
      [0, 11_040],
      [1_800, 7_000],
    ]);
    // A ChargePointMaxProfile counts only on connector 0.
    expect(periodsOf(window(T0, H, [on(1, tx), on(1, cap)]))).toEqual([[0, 11_040]]);
  });

  it('Daily: an evening window 22:00–02:00 UTC carries across midnight', () => {
    const night = aProfile({
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      startSchedule: '2025-01-01T22:00:00Z',
      duration: 4 * H,
      periods: [[0, 3_000]],
    });
    expect(periodsOf(window('2025-03-10T20:00:00Z', 8 * H, [on(1, night)]))).toEqual([
      [0, 22_000],
      [2 * H, 3_000],
      [6 * H, 22_000],
    ]);
    // A window opening after midnight is still inside the previous evening's occurrence.
    expect(periodsOf(window('2025-03-11T00:00:00Z', 4 * H, [on(1, night)]))).toEqual([
      [0, 3_000],
      [2 * H, 22_000],
    ]);
  });

  it('Weekly: repeats every 7 days from startSchedule (Monday 08:00 UTC)', () => {
    const monday = aProfile({
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Weekly',
      startSchedule: '2025-03-03T08:00:00Z',
      duration: 2 * H,
      periods: [[0, 5_000]],
    });
    // From Sunday 9 March 00:00 for two days: Monday 10 March 08:00–10:00 only.
    expect(periodsOf(window('2025-03-09T00:00:00Z', 48 * H, [on(1, monday)]))).toEqual([
      [0, 22_000],
      [32 * H, 5_000],
      [34 * H, 22_000],
    ]);
    expect(
      compositeLimitAt(window(T0, H, [on(1, monday)]), Date.parse('2025-03-17T09:00:00Z')),
    ).toBe(5_000);
    expect(
      compositeLimitAt(window(T0, H, [on(1, monday)]), Date.parse('2025-03-11T09:00:00Z')),
    ).toBe(22_000);
  });

  it('Relative: second 0 is the transaction start, not the window start', () => {
    const relative = aProfile({
      chargingProfileKind: 'Relative',
      duration: H,
      periods: [
        [0, 4_000],
        [1_200, 8_000],
      ],
    });
    // The transaction began 10 minutes before the window.
    const transaction = { transactionId: 5, startedAt: Date.parse(T0) - 600_000 };
    expect(periodsOf(window(T0, H, [on(1, relative)], { transaction }))).toEqual([
      [0, 4_000],
      [600, 8_000],
      [3_000, 22_000],
    ]);
  });

  it('validFrom is inclusive and validTo exclusive, to the millisecond', () => {
    const from = Date.parse(T0) + 600_000;
    const to = Date.parse(T0) + 1_200_000;
    const limited = aProfile({
      startSchedule: T0,
      validFrom: new Date(from).toISOString(),
      validTo: new Date(to).toISOString(),
      periods: [[0, 5_000]],
    });
    const request = window(T0, H, [on(1, limited)]);
    expect(compositeLimitAt(request, from - 1)).toBe(22_000);
    expect(compositeLimitAt(request, from)).toBe(5_000);
    expect(compositeLimitAt(request, to - 1)).toBe(5_000);
    expect(compositeLimitAt(request, to)).toBe(22_000);
    expect(periodsOf(request)).toEqual([
      [0, 22_000],
      [600, 5_000],
      [1_200, 22_000],
    ]);
  });

  it('recurrence is UTC-fixed 24 h steps, so a DST change in Europe/Berlin does not move it', () => {
    // 17:00 UTC is 18:00 in Berlin before 30 March 2025 and 19:00 after (clocks go forward).
    const evening = aProfile({
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      startSchedule: '2025-03-29T18:00:00+01:00',
      duration: H,
      periods: [[0, 2_000]],
    });
    // 30 March in Berlin (23 hours long): 00:00 CET is 29 March 23:00 UTC.
    expect(periodsOf(window('2025-03-30T00:00:00+01:00', 23 * H, [on(1, evening)]))).toEqual([
      [0, 22_000],
      [18 * H, 2_000],
      [19 * H, 22_000],
    ]);
    const request = window('2025-03-30T00:00:00+01:00', 23 * H, [on(1, evening)]);
    expect(compositeLimitAt(request, Date.parse('2025-03-30T18:30:00+02:00'))).toBe(22_000);
    expect(compositeLimitAt(request, Date.parse('2025-03-30T19:30:00+02:00'))).toBe(2_000);
  });
});
