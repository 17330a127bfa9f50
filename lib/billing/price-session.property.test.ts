import { describe, expect, it } from 'vitest';
import type { TTariffBand } from '@/db/schema/tariffs';
import { measureUsage, type TMeasuredUsage, type TUsage } from './measure-usage';
import { liveCost, priceSession, type TTariffPricing } from './price-session';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]! };
}

type TRandom = ReturnType<typeof seeded>;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
// Near both 2026 daylight-saving changes in Europe and North America, and an ordinary day.
const STARTS = [
  '2026-03-08T04:00:00Z',
  '2026-03-28T18:00:00Z',
  '2026-10-24T20:00:00Z',
  '2026-06-10T12:00:00Z',
];

function hhmm(r: TRandom): string {
  return `${String(r.int(0, 23)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`;
}

function aTariff(r: TRandom): TTariffPricing {
  const bands: TTariffBand[] = Array.from({ length: r.int(0, 3) }, () => ({
    days: [1, 2, 3, 4, 5, 6, 7].filter(() => r.next() < 0.6),
    from: hhmm(r),
    to: hhmm(r),
    energyPricePerMwh: r.int(0, 80_000),
    timePricePerHour: r.int(0, 1200),
  }));
  return {
    currency: 'EUR',
    energyPricePerMwh: r.int(0, 80_000),
    timePricePerHour: r.int(0, 1200),
    sessionFee: r.int(0, 200),
    idleFeePerHour: r.int(0, 1200),
    idleGraceMinutes: r.int(0, 60),
    vatBasisPoints: r.pick([0, 700, 1900, 2100]),
    bands,
  };
}

function aUsage(r: TRandom): TUsage & { samples: { at: Date; wh: number }[] } {
  const start = new Date(r.pick(STARTS)).getTime() + r.int(0, 6 * 3_600_000);
  let at = start;
  let wh = r.int(0, 5_000_000);
  const samples = [{ at: new Date(at), wh }];
  for (let i = r.int(1, 40); i > 0; i--) {
    at += r.int(0, 45 * 60_000);
    wh += r.next() < 0.2 ? 0 : r.int(0, 8_000);
    samples.push({ at: new Date(at), wh });
  }
  const chargingEnd = r.next() < 0.5 ? new Date(at) : null;
  return {
    startedAt: new Date(start),
    endedAt: new Date(at + r.int(0, 3 * 3_600_000)),
    samples,
    chargingEndedAt: chargingEnd,
  };
}

/** The register at `ms`, interpolated between readings as the engine does. */
function registerAt(samples: readonly { at: Date; wh: number }[], ms: number): number {
  let previous = samples[0]!;
  for (const sample of samples) {
    if (sample.at.getTime() >= ms) {
      const span = sample.at.getTime() - previous.at.getTime();
      if (span === 0) return previous.wh;
      return previous.wh + ((sample.wh - previous.wh) * (ms - previous.at.getTime())) / span;
    }
    previous = sample;
  }
  return previous.wh;
}

function splitAt(usage: ReturnType<typeof aUsage>, ms: number): [TUsage, TUsage] {
  const cut = { at: new Date(ms), wh: registerAt(usage.samples, ms) };
  const before = usage.samples.filter((s) => s.at.getTime() < ms);
  const after = usage.samples.filter((s) => s.at.getTime() > ms);
  return [
    { ...usage, endedAt: cut.at, samples: [...before, cut] },
    { ...usage, startedAt: cut.at, samples: [cut, ...after] },
  ];
}

function expectMapsAddUp(whole: Map<number | null, number>, parts: Map<number | null, number>[]) {
  const keys = new Set([...whole.keys(), ...parts.flatMap((p) => [...p.keys()])]);
  for (const key of keys) {
    const sum = parts.reduce((total, part) => total + (part.get(key) ?? 0), 0);
    expect(sum).toBeCloseTo(whole.get(key) ?? 0, 6);
  }
}

const CASES = 400;

describe('priceSession properties', () => {
  it('splitting a session at any instant gives the same energy and time per band', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(seed);
      const tariff = aTariff(r);
      const zone = r.pick(ZONES);
      const usage = aUsage(r);
      const start = usage.startedAt.getTime();
      const splitMs = start + Math.floor(r.next() * (usage.endedAt.getTime() - start));
      // The boundary as the charger reports it: the same instant for the whole and its parts.
      usage.chargingEndedAt = new Date(
        start + Math.floor(r.next() * (usage.endedAt.getTime() - start)),
      );
      const parts = splitAt(usage, splitMs);
      const whole: TMeasuredUsage = measureUsage(tariff.bands, zone, usage);
      const measured = parts.map((part) => measureUsage(tariff.bands, zone, part));
      expectMapsAddUp(
        whole.energyWhByBand,
        measured.map((m) => m.energyWhByBand),
      );
      expectMapsAddUp(
        whole.chargingMsByBand,
        measured.map((m) => m.chargingMsByBand),
      );
      // Priced lines of the parts differ from the whole by at most their own rounding.
      const wholeCost = priceSession(tariff, zone, usage);
      const partCosts = parts.map((part) =>
        priceSession({ ...tariff, idleFeePerHour: 0, sessionFee: 0 }, zone, part),
      );
      const metered = (lines: { kind: string; amount: number }[]) =>
        lines.filter((l) => l.kind === 'energy' || l.kind === 'time');
      const partLines = partCosts.flatMap((c) => metered(c.lines));
      const sumParts = partLines.reduce((t, l) => t + l.amount, 0);
      const sumWhole = metered(wholeCost.lines).reduce((t, l) => t + l.amount, 0);
      expect(Math.abs(sumParts - sumWhole), `seed ${seed}`).toBeLessThanOrEqual(partLines.length);
    }
  });

  it('answers integers only, with total = sum of lines + VAT', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(seed);
      const tariff = aTariff(r);
      const cost = priceSession(tariff, r.pick(ZONES), aUsage(r));
      const numbers = [
        cost.subtotal,
        cost.vat,
        cost.total,
        cost.energyWh,
        ...cost.lines.flatMap((l) => [l.amount, l.quantity]),
      ];
      for (const n of numbers) expect(Number.isSafeInteger(n), `seed ${seed}`).toBe(true);
      expect(cost.subtotal).toBe(cost.lines.reduce((t, l) => t + l.amount, 0));
      expect(cost.total).toBe(cost.subtotal + cost.vat);
      expect(cost.vat).toBe(
        Math.floor((cost.subtotal * tariff.vatBasisPoints) / 10_000 + 0.5 + 1e-9),
      );
    }
  });

  it('counts all metered energy: the register difference', () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const r = seeded(seed);
      const usage = aUsage(r);
      const cost = priceSession(aTariff(r), r.pick(ZONES), usage);
      expect(cost.energyWh, `seed ${seed}`).toBe(usage.samples.at(-1)!.wh - usage.samples[0]!.wh);
    }
  });

  it('live cost never goes down as the session runs, and ends at the final cost', () => {
    for (let seed = 1; seed <= CASES / 4; seed++) {
      const r = seeded(seed);
      const tariff = aTariff(r);
      const zone = r.pick(ZONES);
      // With the charging → idle boundary known, as the charger reports it.
      const usage = { ...aUsage(r), chargingEndedAt: null as Date | null };
      usage.chargingEndedAt = usage.samples.at(-1)!.at;
      const start = usage.startedAt.getTime();
      const end = usage.endedAt.getTime();
      let previous = 0;
      for (let step = 0; step <= 60; step++) {
        const now = new Date(start + ((end - start) * step) / 60);
        const total = liveCost(tariff, zone, usage, now).total;
        expect(total, `seed ${seed} step ${step}`).toBeGreaterThanOrEqual(previous);
        previous = total;
      }
      expect(liveCost(tariff, zone, usage, usage.endedAt)).toEqual(
        priceSession(tariff, zone, usage),
      );
    }
  });
});
