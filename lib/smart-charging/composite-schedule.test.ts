import { describe, expect, it } from 'vitest';
import type {
  TChargingProfile as ChargingProfile,
  TInstalledProfile as InstalledProfile,
} from './charging-profile';
import { compositeLimitAt, compositeSchedule, type CompositeRequest } from './composite-schedule';

const T0 = Date.parse('2025-03-10T10:00:00.000Z');
const at = (seconds: number) => T0 + seconds * 1000;
const iso = (seconds: number) => new Date(at(seconds)).toISOString();

let nextId = 1;
function aProfile(
  overrides: Partial<ChargingProfile> & { periods?: [number, number][]; unit?: 'A' | 'W' },
): ChargingProfile {
  const { periods = [[0, 11_000]], unit = 'W', ...rest } = overrides;
  return {
    chargingProfileId: nextId++,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...rest,
    chargingSchedule: {
      startSchedule: iso(0),
      chargingRateUnit: unit,
      chargingSchedulePeriod: periods.map(([startPeriod, limit]) => ({ startPeriod, limit })),
      ...rest.chargingSchedule,
    },
  };
}

const on = (connectorId: number, profile: ChargingProfile): InstalledProfile => ({
  connectorId,
  profile,
});

function request(profiles: InstalledProfile[], extra: Partial<CompositeRequest> = {}) {
  return {
    profiles,
    connectorId: 1,
    unlimitedW: 22_000,
    start: T0,
    durationS: 3_600,
    unit: 'W' as const,
    ...extra,
  };
}

const periodsOf = (req: CompositeRequest) =>
  compositeSchedule(req).chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);

describe('compositeSchedule', () => {
  it('is the connector rating when no profile applies', () => {
    expect(compositeSchedule(request([]))).toEqual({
      duration: 3_600,
      startSchedule: iso(0),
      chargingRateUnit: 'W',
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 22_000 }],
    });
  });

  it('follows the periods of an absolute profile and ends with its duration', () => {
    const profile = aProfile({
      periods: [
        [0, 11_000],
        [600, 7_000],
      ],
    });
    profile.chargingSchedule.duration = 1_800;
    expect(periodsOf(request([on(1, profile)]))).toEqual([
      [0, 11_000],
      [600, 7_000],
      [1_800, 22_000],
    ]);
  });

  it('lets the highest stack level valid at each moment win, falling back when it ends', () => {
    const base = aProfile({ stackLevel: 0, periods: [[0, 10_000]] });
    const boost = aProfile({ stackLevel: 2, periods: [[0, 16_000]], validTo: iso(1_200) });
    const later = aProfile({ stackLevel: 1, periods: [[0, 4_000]], validFrom: iso(2_400) });
    expect(periodsOf(request([on(1, base), on(1, boost), on(1, later)]))).toEqual([
      [0, 16_000],
      [1_200, 10_000],
      [2_400, 4_000],
    ]);
  });

  it('prefers a TxProfile over TxDefaultProfile, and a connector default over connector 0', () => {
    const stationDefault = aProfile({ stackLevel: 5, periods: [[0, 6_000]] });
    const connectorDefault = aProfile({ stackLevel: 0, periods: [[0, 9_000]] });
    const tx = aProfile({
      chargingProfilePurpose: 'TxProfile',
      transactionId: 7,
      periods: [[0, 12_000]],
    });
    const transaction = { transactionId: 7, startedAt: at(-60) };
    expect(periodsOf(request([on(0, stationDefault)]))).toEqual([[0, 6_000]]);
    expect(periodsOf(request([on(0, stationDefault), on(1, connectorDefault)]))).toEqual([
      [0, 9_000],
    ]);
    const all = [on(0, stationDefault), on(1, connectorDefault), on(1, tx)];
    expect(periodsOf(request(all, { transaction }))).toEqual([[0, 12_000]]);
    // Without its transaction, the TxProfile does not apply.
    expect(periodsOf(request(all))).toEqual([[0, 9_000]]);
  });

  it('caps everything with the ChargePointMaxProfile on connector 0', () => {
    const cap = aProfile({
      chargingProfilePurpose: 'ChargePointMaxProfile',
      periods: [
        [0, 8_000],
        [1_800, 20_000],
      ],
    });
    const tx = aProfile({ stackLevel: 1, periods: [[0, 15_000]] });
    expect(periodsOf(request([on(0, cap), on(1, tx)]))).toEqual([
      [0, 8_000],
      [1_800, 15_000],
    ]);
    expect(periodsOf(request([on(0, cap)], { connectorId: 0, unlimitedW: 44_000 }))).toEqual([
      [0, 8_000],
      [1_800, 20_000],
    ]);
  });

  it('repeats a daily recurring profile every day at the same time', () => {
    const evening = aProfile({
      chargingProfileKind: 'Recurring',
      recurrencyKind: 'Daily',
      periods: [[0, 3_000]],
      chargingSchedule: {
        startSchedule: '2025-01-01T18:00:00.000Z',
        duration: 4 * 3_600,
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: 3_000 }],
      },
    });
    // From 10:00 on 10 March for 24 h: limited 18:00–22:00 that day only.
    expect(periodsOf(request([on(1, evening)], { durationS: 86_400 }))).toEqual([
      [0, 22_000],
      [8 * 3_600, 3_000],
      [12 * 3_600, 22_000],
    ]);
    // At 20:00 the next day it still applies.
    expect(compositeLimitAt(request([on(1, evening)]), at(34 * 3_600))).toBe(3_000);
    expect(compositeLimitAt(request([on(1, evening)]), at(37 * 3_600))).toBe(22_000);
  });

  it('starts a relative profile with the transaction', () => {
    const relative = aProfile({
      chargingProfileKind: 'Relative',
      periods: [
        [0, 5_000],
        [900, 11_000],
      ],
      chargingSchedule: {
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 5_000 },
          { startPeriod: 900, limit: 11_000 },
        ],
      },
    });
    const transaction = { transactionId: 3, startedAt: at(-600) };
    expect(periodsOf(request([on(1, relative)], { transaction }))).toEqual([
      [0, 5_000],
      [300, 11_000],
    ]);
    // No transaction: as if charging started at the beginning of the window.
    expect(periodsOf(request([on(1, relative)]))).toEqual([
      [0, 5_000],
      [900, 11_000],
    ]);
  });

  it('converts between A and W with 230 V and the number of phases (3 by default)', () => {
    const amps = aProfile({ unit: 'A', periods: [[0, 16]] });
    expect(periodsOf(request([on(1, amps)]))).toEqual([[0, 11_040]]);
    expect(periodsOf(request([on(1, amps)], { unit: 'A' }))).toEqual([[0, 16]]);

    const singlePhase = aProfile({ unit: 'A' });
    singlePhase.chargingSchedule.chargingSchedulePeriod = [
      { startPeriod: 0, limit: 32, numberPhases: 1 },
    ];
    expect(periodsOf(request([on(1, singlePhase)]))).toEqual([[0, 7_360]]);
    expect(compositeSchedule(request([on(1, singlePhase)], { unit: 'A' }))).toMatchObject({
      chargingSchedulePeriod: [{ startPeriod: 0, limit: 32, numberPhases: 1 }],
    });

    const watts = aProfile({ periods: [[0, 11_000]] });
    // 11 000 W / 690 V = 15.94 A, rounded down so the limit is never overstated.
    expect(periodsOf(request([on(1, watts)], { unit: 'A' }))).toEqual([[0, 15.9]]);
    // The connector rating where nothing applies: 22 000 W / 690 V.
    expect(periodsOf(request([], { unit: 'A' }))).toEqual([[0, 31.8]]);
  });

  it('compositeLimitAt gives the limit in W at one moment', () => {
    const profiles = [
      on(
        1,
        aProfile({
          periods: [
            [0, 11_000],
            [60, 4_000],
          ],
        }),
      ),
    ];
    expect(compositeLimitAt(request(profiles), at(30))).toBe(11_000);
    expect(compositeLimitAt(request(profiles), at(90))).toBe(4_000);
    expect(compositeLimitAt(request(profiles), at(-10))).toBe(22_000);
  });
});
