import { describe, expect, it } from 'vitest';
import { liveCost, priceSession, type TTariffPricing } from './price-session';

const BASE: TTariffPricing = {
  currency: 'EUR',
  energyPricePerMwh: 0,
  timePricePerHour: 0,
  sessionFee: 0,
  idleFeePerHour: 0,
  idleGraceMinutes: 0,
  vatBasisPoints: 0,
  bands: [],
};
const MIN = 60_000;

/** A session with readings every `stepMin` minutes at a steady power. */
function steadySession(startIso: string, minutes: number, totalWh: number, stepMin = 5) {
  const start = new Date(startIso).getTime();
  const samples = [];
  for (let m = 0; m <= minutes; m += stepMin) {
    samples.push({ at: new Date(start + m * MIN), wh: 50_000 + (totalWh * m) / minutes });
  }
  return { startedAt: new Date(start), endedAt: new Date(start + minutes * MIN), samples };
}

function amounts(tariff: TTariffPricing, usage: ReturnType<typeof steadySession>, tz: string) {
  const cost = priceSession(tariff, tz, usage);
  return { ...cost, lines: cost.lines.map((l) => [l.kind, l.band, l.amount]) };
}

describe('priceSession with realistic tariffs', () => {
  it('AC: 0.39 EUR/kWh, 0.35 EUR session fee, 19 % VAT', () => {
    const tariff = { ...BASE, energyPricePerMwh: 39_000, sessionFee: 35, vatBasisPoints: 1900 };
    const usage = steadySession('2026-05-04T08:00:00Z', 120, 20_000);
    expect(amounts(tariff, usage, 'Europe/Berlin')).toMatchObject({
      lines: [
        ['energy', null, 780],
        ['session', null, 35],
      ],
      subtotal: 815,
      vat: 155,
      total: 970,
      energyWh: 20_000,
    });
  });

  it('DC: 0.59 EUR/kWh plus 0.10 EUR per minute of charging', () => {
    const tariff = {
      ...BASE,
      energyPricePerMwh: 59_000,
      timePricePerHour: 600,
      vatBasisPoints: 1900,
    };
    const usage = steadySession('2026-05-04T08:00:00Z', 45, 40_000);
    expect(amounts(tariff, usage, 'Europe/Berlin')).toMatchObject({
      lines: [
        ['energy', null, 2360],
        ['time', null, 450],
      ],
      subtotal: 2810,
      vat: 534,
      total: 3344,
    });
  });

  it('keeps sub-cent unit prices exact until the line is rounded', () => {
    const tariff = { ...BASE, energyPricePerMwh: 39_490 };
    const usage = steadySession('2026-05-04T08:00:00Z', 60, 12_345);
    expect(priceSession(tariff, 'Europe/Berlin', usage).total).toBe(Math.round(12.345 * 39.49));
  });

  it('splits energy and time at 22:00 Berlin time for a night band', () => {
    const tariff: TTariffPricing = {
      ...BASE,
      energyPricePerMwh: 45_000,
      timePricePerHour: 120,
      bands: [
        {
          days: [1, 2, 3, 4, 5, 6, 7],
          from: '22:00',
          to: '06:00',
          energyPricePerMwh: 30_000,
          timePricePerHour: 0,
        },
      ],
    };
    // 21:30 → 22:30 CET, readings only at start and stop: the register is interpolated.
    const usage = {
      startedAt: new Date('2026-01-15T20:30:00Z'),
      endedAt: new Date('2026-01-15T21:30:00Z'),
      samples: [
        { at: new Date('2026-01-15T20:30:00Z'), wh: 1_000 },
        { at: new Date('2026-01-15T21:30:00Z'), wh: 12_000 },
      ],
    };
    expect(amounts(tariff, usage, 'Europe/Berlin')).toMatchObject({
      lines: [
        ['energy', null, 248],
        ['energy', 0, 165],
        ['time', null, 60],
      ],
      total: 473,
    });
  });

  it('charges idle time after a 30 minute grace period once charging has finished', () => {
    const tariff = {
      ...BASE,
      energyPricePerMwh: 39_000,
      idleFeePerHour: 600,
      idleGraceMinutes: 30,
    };
    const charging = steadySession('2026-05-04T08:00:00Z', 60, 10_000);
    const usage = { ...charging, endedAt: new Date(charging.endedAt.getTime() + 90 * MIN) };
    const cost = priceSession(tariff, 'Europe/Berlin', usage);
    expect(cost.lines).toEqual([
      { kind: 'energy', band: null, quantity: 10_000, amount: 390 },
      { kind: 'idle', band: null, quantity: 3600, amount: 600 },
    ]);
    const withinGrace = { ...usage, endedAt: new Date(charging.endedAt.getTime() + 29 * MIN) };
    expect(priceSession(tariff, 'Europe/Berlin', withinGrace).total).toBe(390);
  });

  it('uses an explicit charging → idle boundary over the last energy increase', () => {
    const tariff = { ...BASE, timePricePerHour: 600, idleFeePerHour: 1200 };
    const usage = {
      ...steadySession('2026-05-04T08:00:00Z', 60, 10_000),
      chargingEndedAt: new Date('2026-05-04T08:30:00Z'),
    };
    expect(amounts(tariff, usage, 'UTC').lines).toEqual([
      ['time', null, 300],
      ['idle', null, 600],
    ]);
  });
});

describe('time-of-use bands across daylight-saving changes', () => {
  const nightTime: TTariffPricing = {
    ...BASE,
    bands: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00', timePricePerHour: 60 }],
  };
  const idleAfter = (startIso: string, endIso: string) => ({
    startedAt: new Date(startIso),
    endedAt: new Date(endIso),
    samples: [],
  });

  it('a 22:00–06:00 night lasts 7 hours at spring-forward', () => {
    const usage = idleAfter('2026-03-28T18:00:00Z', '2026-03-29T10:00:00Z');
    expect(priceSession(nightTime, 'Europe/Berlin', usage).lines).toEqual([
      { kind: 'time', band: 0, quantity: 7 * 3600, amount: 420 },
    ]);
  });

  it('a 22:00–06:00 night lasts 9 hours at fall-back', () => {
    const usage = idleAfter('2026-10-24T18:00:00Z', '2026-10-25T10:00:00Z');
    expect(priceSession(nightTime, 'Europe/Berlin', usage).lines).toEqual([
      { kind: 'time', band: 0, quantity: 9 * 3600, amount: 540 },
    ]);
  });

  it('a band starting inside the spring-forward gap starts at the same reading after it', () => {
    const tariff = {
      ...BASE,
      bands: [{ days: [7], from: '02:30', to: '04:00', timePricePerHour: 60 }],
    };
    const usage = idleAfter('2026-03-28T22:00:00Z', '2026-03-29T06:00:00Z');
    // 03:30 CEST → 04:00 CEST: half an hour.
    expect(priceSession(tariff, 'Europe/Berlin', usage).lines).toEqual([
      { kind: 'time', band: 0, quantity: 1800, amount: 30 },
    ]);
  });

  it('applies weekday bands by the local day, not the UTC day', () => {
    const mondays = {
      ...BASE,
      bands: [{ days: [1], from: '00:00', to: '01:00', timePricePerHour: 60 }],
    };
    // Monday 00:00–01:00 in Tokyo is Sunday 15:00–16:00 UTC.
    const usage = idleAfter('2026-05-03T14:00:00Z', '2026-05-03T18:00:00Z');
    expect(priceSession(mondays, 'Asia/Tokyo', usage).lines).toEqual([
      { kind: 'time', band: 0, quantity: 3600, amount: 60 },
    ]);
  });
});

describe('liveCost', () => {
  it('is the final cost once the session has stopped, and the prefix cost before', () => {
    const tariff = {
      ...BASE,
      energyPricePerMwh: 39_000,
      timePricePerHour: 300,
      sessionFee: 35,
      vatBasisPoints: 1900,
    };
    const usage = steadySession('2026-05-04T08:00:00Z', 60, 10_000);
    expect(liveCost(tariff, 'Europe/Berlin', usage, usage.endedAt)).toEqual(
      priceSession(tariff, 'Europe/Berlin', usage),
    );
    const half = steadySession('2026-05-04T08:00:00Z', 30, 5_000);
    expect(liveCost(tariff, 'Europe/Berlin', usage, half.endedAt)).toEqual(
      priceSession(tariff, 'Europe/Berlin', half),
    );
  });
});
