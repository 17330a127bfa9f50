import type { TTariffBand } from '@/db/schema';
import type { TTariffPricing } from './price-session';

export interface TTariffDescription {
  /** A few words for a list row, e.g. "0.39 EUR/kWh + idle fee". */
  summary: string;
  /** One line per price element, gross (VAT included), as a driver pays them. */
  lines: string[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const digitsByCurrency = new Map<string, number>();
const formatters = new Map<string, Intl.NumberFormat>();

/** Minor units per major unit of an ISO 4217 currency (2 for EUR, 0 for JPY). */
function fractionDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * Formats a gross amount in minor units (fractions allowed: unit prices may be sub-cent), with
 * the currency's decimals and, for unit prices, up to two more when they have them (0.3949
 * EUR/kWh). A flat fee is charged in whole minor units, so it is shown rounded.
 */
function money(minor: number, currency: string, extraDigits = 2): string {
  const digits = fractionDigits(currency);
  const key = `${digits}:${extraDigits}`;
  // Formatters are costly to build and lists describe a tariff per charger: keep them.
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits + extraDigits,
      useGrouping: false,
    });
    formatters.set(key, formatter);
  }
  return `${formatter.format(minor / 10 ** digits)} ${currency}`;
}

function percent(basisPoints: number): string {
  return (basisPoints / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** ISO weekdays as words: "every day", "Mon–Fri", "Sat–Sun", "Mon, Wed". */
export function describeDays(days: number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => {
      const first = WEEKDAYS[run[0]! - 1];
      const last = WEEKDAYS[run.at(-1)! - 1];
      if (run.length === 1) return first;
      return run.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
    })
    .join(', ');
}

function bandWhen(band: TTariffBand): string {
  return `${band.from}–${band.to} ${describeDays(band.days)}`;
}

/**
 * A tariff in a driver's words: gross prices (net × (1 + VAT)), one line per price element,
 * time-of-use bands with their local hours. Prices with no element (all zero) read "Free".
 */
export function describeTariff(tariff: TTariffPricing, timeZone: string): TTariffDescription {
  const { currency } = tariff;
  const gross = (net: number) => (net * (10_000 + tariff.vatBasisPoints)) / 10_000;
  const perKwh = (perMwh: number) => `${money(gross(perMwh) / 1000, currency)}/kWh`;
  const perHour = (perH: number) => `${money(gross(perH), currency)}/h`;

  const base: string[] = [];
  if (tariff.energyPricePerMwh > 0) base.push(perKwh(tariff.energyPricePerMwh));
  if (tariff.timePricePerHour > 0) base.push(`${perHour(tariff.timePricePerHour)} charging time`);

  const bands: string[] = [];
  for (const band of tariff.bands) {
    if (band.energyPricePerMwh !== undefined) {
      bands.push(`${perKwh(band.energyPricePerMwh)} ${bandWhen(band)}`);
    }
    if (band.timePricePerHour !== undefined) {
      bands.push(`${perHour(band.timePricePerHour)} charging time ${bandWhen(band)}`);
    }
  }

  const fees: string[] = [];
  if (tariff.sessionFee > 0)
    fees.push(`Session fee ${money(gross(tariff.sessionFee), currency, 0)}`);
  if (tariff.idleFeePerHour > 0) {
    const after =
      tariff.idleGraceMinutes > 0
        ? `after ${tariff.idleGraceMinutes} min`
        : 'from the end of charging';
    fees.push(`Idle fee ${perHour(tariff.idleFeePerHour)} ${after}`);
  }

  const priced = base.length + bands.length + fees.length > 0;
  const lines = priced ? [...base, ...bands, ...fees] : ['Free'];
  if (priced) {
    lines.push(
      tariff.vatBasisPoints > 0 ? `incl. ${percent(tariff.vatBasisPoints)} % VAT` : 'No VAT',
    );
  }
  if (bands.length > 0) lines.push(`Hours in local time (${timeZone})`);
  return { summary: summarize(tariff, base, bands.length > 0, currency, gross), lines };
}

function summarize(
  tariff: TTariffPricing,
  base: string[],
  hasBands: boolean,
  currency: string,
  gross: (net: number) => number,
): string {
  const main = base.map((line) => line.replace(' charging time', ''));
  const extras: string[] = [];
  if (hasBands) extras.push('time-of-day rates');
  if (tariff.sessionFee > 0) {
    if (main.length === 0) main.push(`${money(gross(tariff.sessionFee), currency, 0)} per session`);
    else extras.push('session fee');
  }
  if (tariff.idleFeePerHour > 0) extras.push('idle fee');
  if (main.length === 0 && extras.length === 0) return 'Free';
  return [...main, ...extras].join(' + ');
}
