import { describe, expect, it } from 'vitest';
import type { TTariffPricing } from '@/lib/billing/price-session';
import type { TChargingProfile, TInstalledProfile } from './charging-profile';
import { installProfile, previewSchedule, type TPreviewInput } from './preview-schedule';
import { buildScenarioProfile, type TScenarioRequest } from './scenarios';

const T0 = Date.parse('2025-03-10T15:00:00Z'); // 16:00 in Berlin
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const HOUR = 3_600;

let nextId = 100;
const scenario = (request: TScenarioRequest) =>
  buildScenarioProfile(request, {
    chargingProfileId: nextId++,
    timeZone: 'Europe/Berlin',
    now: T0,
  });
const peakShaving = (maxPowerW: number, connectorId = 1) =>
  scenario({ scenario: 'peak_shaving', connectorId, maxPowerW });

const flatTariff: TTariffPricing = {
  currency: 'EUR',
  energyPricePerMwh: 30_000,
  timePricePerHour: 600,
  sessionFee: 50,
  idleFeePerHour: 0,
  idleGraceMinutes: 0,
  vatBasisPoints: 1900,
  bands: [],
};

const preview = (input: Partial<TPreviewInput>) =>
  previewSchedule({
    installed: [],
    connectorId: 1,
    ratingW: 22_000,
    start: T0,
    energyWh: 0,
    ...input,
  });

describe('previewSchedule', () => {
  it('finishes 14 kWh in 2 h under a 7 kW cap on a 22 kW connector, priced by the tariff', () => {
    const result = preview({
      candidate: peakShaving(7_000),
      energyWh: 14_000,
      tariff: { pricing: flatTariff, timeZone: 'Europe/Berlin' },
    });
    expect(result).toEqual({
      curve: [
        { at: iso(0), powerW: 7_000 },
        { at: iso(2 * HOUR), powerW: 0 },
      ],
      finishAt: iso(2 * HOUR),
      energyWh: 14_000,
      durationS: 7_200,
      cost: {
        currency: 'EUR',
        // 14 kWh × 0.30 = 4.20; 2 h × 6.00 = 12.00; fee 0.50; 19 % VAT on 16.70 = 3.173.
        lines: [
          { kind: 'energy', band: null, quantity: 14_000, amount: 420 },
          { kind: 'time', band: null, quantity: 7_200, amount: 1_200 },
          { kind: 'session', band: null, quantity: 1, amount: 50 },
        ],
        subtotal: 1_670,
        vat: 317,
        total: 1_987,
        energyWh: 14_000,
      },
    });
  });

  it('charges at the rating without profiles, and at the car’s maximum when lower', () => {
    expect(preview({ energyWh: 11_000 }).finishAt).toBe(iso(HOUR / 2));
    const slowCar = preview({ energyWh: 11_000, vehicleMaxPowerW: 5_500 });
    expect(slowCar.curve).toEqual([
      { at: iso(0), powerW: 5_500 },
      { at: iso(2 * HOUR), powerW: 0 },
    ]);
    expect(slowCar.cost).toBeNull();
  });

  it('follows a time_of_use candidate down at the peak hour and up after it', () => {
    const timeOfUse = scenario({
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 11_000,
      peakW: 3_000,
      peakStartHour: 17,
      peakEndHour: 21,
    });
    // 16–17 h local: 11 kWh; 17–21 h: 12 kWh; then 7 kWh at 11 kW take 7/11 h.
    const result = preview({ candidate: timeOfUse, energyWh: 30_000 });
    const finish = T0 + 5 * HOUR * 1000 + Math.ceil((7 / 11) * HOUR * 1000);
    expect(result.curve).toEqual([
      { at: '2025-03-10T15:00:00.000Z', powerW: 11_000 },
      { at: '2025-03-10T16:00:00.000Z', powerW: 3_000 },
      { at: '2025-03-10T20:00:00.000Z', powerW: 11_000 },
      { at: new Date(finish).toISOString(), powerW: 0 },
    ]);
    expect(result.energyWh).toBe(30_000);
  });

  it('changes power when the limit does, whatever the milliseconds of the start', () => {
    const timeOfUse = scenario({
      scenario: 'time_of_use',
      connectorId: 1,
      offPeakW: 11_000,
      peakW: 3_000,
      peakStartHour: 17,
      peakEndHour: 21,
    });
    const result = preview({ candidate: timeOfUse, energyWh: 30_000, start: T0 + 700 });
    const powers = result.curve.map((point) => point.powerW);
    expect(powers).toEqual([11_000, 3_000, 11_000, 0]);
    expect(Math.abs(Date.parse(result.curve[1]!.at) - (T0 + HOUR * 1000))).toBeLessThan(1_000);
  });

  it('starts a Relative profile with the previewed charge when no transaction runs', () => {
    const relative: TChargingProfile = {
      chargingProfileId: 5,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: {
        chargingRateUnit: 'W',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 3_000 },
          { startPeriod: HOUR, limit: 11_000 },
        ],
      },
    };
    const result = preview({
      candidate: { connectorId: 1, profile: relative },
      energyWh: 14_000,
      start: T0 + 250,
    });
    expect(result.curve.map((point) => point.powerW)).toEqual([3_000, 11_000, 0]);
    expect(result.durationS).toBe(2 * HOUR);
  });

  it('lets the candidate replace an installed profile of the same purpose and stack level', () => {
    const installed = [peakShaving(5_000)];
    const result = preview({ installed, candidate: peakShaving(7_000), energyWh: 7_000 });
    expect(result.curve[0]).toEqual({ at: iso(0), powerW: 7_000 });
    // Without the candidate the installed 5 kW cap applies.
    expect(preview({ installed, energyWh: 7_000 }).curve[0]?.powerW).toBe(5_000);
  });

  it('keeps a station-wide cap over a connector’s candidate', () => {
    const result = preview({
      installed: [peakShaving(4_000, 0)],
      candidate: peakShaving(7_000),
      energyWh: 4_000,
    });
    expect(result.finishAt).toBe(iso(HOUR));
  });

  it('stops at an energy_cap TxProfile’s limit, then resumes when its duration ends', () => {
    const cap = scenario({
      scenario: 'energy_cap',
      connectorId: 1,
      transactionId: 9,
      maxEnergyWh: 7_000,
      durationSeconds: 2 * HOUR,
      powerLimitW: 7_000,
    });
    const result = preview({
      candidate: cap,
      transaction: { transactionId: 9, startedAt: T0 - 60_000 },
      energyWh: 18_000,
    });
    expect(result.curve).toEqual([
      { at: iso(0), powerW: 7_000 },
      { at: iso(HOUR), powerW: 0 },
      { at: iso(2 * HOUR), powerW: 22_000 },
      { at: iso(2.5 * HOUR), powerW: 0 },
    ]);
  });

  it('reports no finish when the need is not met within 48 h', () => {
    const result = preview({ candidate: peakShaving(0), energyWh: 1_000 });
    expect(result).toMatchObject({
      curve: [
        { at: iso(0), powerW: 0 },
        { at: iso(48 * HOUR), powerW: 0 },
      ],
      finishAt: null,
      energyWh: 0,
      durationS: 48 * HOUR,
    });
  });

  it('tapers above 80 % SoC, a whole percent at a time', () => {
    const result = preview({
      energyWh: 15_000,
      vehicleMaxPowerW: 11_000,
      battery: { capacityWh: 50_000, socPercent: 70 },
    });
    const powers = result.curve.map((point) => point.powerW);
    expect(powers.slice(0, 3)).toEqual([11_000, 11_000 * 0.96, 11_000 * 0.92]);
    expect(powers.at(-2)).toBe(Math.round(11_000 * 0.24));
    // 5 kWh at full power, then 20 steps of 500 Wh at falling power.
    let hours = 5_000 / 11_000;
    for (let step = 0; step < 20; step++) hours += 500 / (11_000 * (1 - 0.04 * step));
    const finishMs = Date.parse(result.finishAt!);
    expect(Math.abs(finishMs - (T0 + hours * 3_600_000))).toBeLessThan(100);
    expect(result.energyWh).toBe(15_000);
  });

  it('keeps the curve short when the limit changes very often', () => {
    const busy: TChargingProfile = {
      chargingProfileId: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: {
        startSchedule: iso(0),
        chargingRateUnit: 'W',
        chargingSchedulePeriod: Array.from({ length: 500 }, (_, i) => ({
          startPeriod: i * 300,
          limit: i % 2 === 0 ? 1_000 : 2_000,
        })),
      },
    };
    const result = preview({ candidate: { connectorId: 1, profile: busy }, energyWh: 60_000 });
    expect(result.curve.length).toBeLessThanOrEqual(201);
    expect(result.curve.length).toBeGreaterThan(100);
    expect(result.energyWh).toBe(60_000);
  });
});

describe('installProfile', () => {
  const entry = (
    connectorId: number,
    chargingProfileId: number,
    stackLevel: number,
  ): TInstalledProfile => ({
    connectorId,
    profile: { ...peakShaving(1_000).profile, chargingProfileId, stackLevel },
  });

  it('replaces by id anywhere, or by connector, purpose and stack level', () => {
    const installed = [entry(1, 1, 0), entry(2, 2, 0), entry(1, 3, 1), entry(2, 4, 1)];
    const result = installProfile(installed, entry(2, 1, 1));
    expect(result.map((e) => e.profile.chargingProfileId)).toEqual([2, 3, 1]);
  });
});
