import type { TCostBreakdown, TSessionTariffSnapshot } from '@/db/schema/sessions';
import { measureUsage, type TUsage } from './measure-usage';

/** What pricing needs of a tariff (a session's frozen snapshot has the same, plus its zone). */
export type TTariffPricing = Omit<TSessionTariffSnapshot, 'timeZone'>;

export type { TCostBreakdown } from '@/db/schema/sessions';

/** One receipt line. `band` is the index of the time-of-use band, null for base prices. */
export type TCostLine = TCostBreakdown['lines'][number];

/** Half-up to an integer; the nudge absorbs float noise such as 0.5 arriving as 0.49999999. */
function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

function priceOf(base: number, override: number | undefined): number {
  return override ?? base;
}

/**
 * The one pricing function. Rounding rule: each line's exact amount (quantity × unit price) is
 * rounded half-up to a whole minor unit once; the subtotal is the sum of rounded lines; VAT is
 * the subtotal × rate, rounded half-up; total = subtotal + VAT. Live, final and receipt all call
 * this, so they agree by construction. Lines whose unit price is zero are left out.
 */
export function priceSession(
  tariff: TTariffPricing,
  timeZone: string,
  usage: TUsage,
): TCostBreakdown {
  const measured = measureUsage(tariff.bands, timeZone, usage);
  const lines: TCostLine[] = [];
  for (const [band, wh] of [...measured.energyWhByBand].sort(byBand)) {
    const perMwh = priceOf(
      tariff.energyPricePerMwh,
      band === null ? undefined : tariff.bands[band]?.energyPricePerMwh,
    );
    if (perMwh === 0) continue;
    lines.push({
      kind: 'energy',
      band,
      quantity: roundHalfUp(wh),
      amount: roundHalfUp((wh * perMwh) / 1_000_000),
    });
  }
  for (const [band, ms] of [...measured.chargingMsByBand].sort(byBand)) {
    const perHour = priceOf(
      tariff.timePricePerHour,
      band === null ? undefined : tariff.bands[band]?.timePricePerHour,
    );
    if (perHour === 0) continue;
    lines.push({
      kind: 'time',
      band,
      quantity: Math.floor(ms / 1000),
      amount: roundHalfUp((ms * perHour) / 3_600_000),
    });
  }
  if (tariff.sessionFee > 0) {
    lines.push({ kind: 'session', band: null, quantity: 1, amount: tariff.sessionFee });
  }
  const idleMs = Math.max(0, measured.idleMs - tariff.idleGraceMinutes * 60_000);
  if (idleMs > 0 && tariff.idleFeePerHour > 0) {
    lines.push({
      kind: 'idle',
      band: null,
      quantity: Math.floor(idleMs / 1000),
      amount: roundHalfUp((idleMs * tariff.idleFeePerHour) / 3_600_000),
    });
  }
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const vat = roundHalfUp((subtotal * tariff.vatBasisPoints) / 10_000);
  const energyWh = roundHalfUp([...measured.energyWhByBand.values()].reduce((a, b) => a + b, 0));
  return { currency: tariff.currency, lines, subtotal, vat, total: subtotal + vat, energyWh };
}

function byBand([a]: [number | null, number], [b]: [number | null, number]): number {
  return (a ?? -1) - (b ?? -1);
}

/**
 * The cost so far at `now`: the same function over the readings received by then, with the
 * session running until `now`. A known charging → idle boundary still ahead means the car is
 * charging at `now`. Without one, the boundary is the last energy increase so far: live cost
 * then never decreases as long as readings arrive within the idle grace period.
 */
export function liveCost(
  tariff: TTariffPricing,
  timeZone: string,
  usage: TUsage,
  now: Date,
): TCostBreakdown {
  const nowMs = Math.min(now.getTime(), usage.endedAt.getTime());
  const boundary = usage.chargingEndedAt;
  return priceSession(tariff, timeZone, {
    startedAt: usage.startedAt,
    endedAt: new Date(nowMs),
    samples: usage.samples.filter((s) => s.at.getTime() <= nowMs),
    chargingEndedAt: boundary ? new Date(Math.min(boundary.getTime(), nowMs)) : null,
  });
}
