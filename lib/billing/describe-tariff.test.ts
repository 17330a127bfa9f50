import { describe, expect, it } from 'vitest';
import { describeDays, describeTariff } from './describe-tariff';
import type { TTariffPricing } from './price-session';

const NONE: TTariffPricing = {
  currency: 'EUR',
  energyPricePerMwh: 0,
  timePricePerHour: 0,
  sessionFee: 0,
  idleFeePerHour: 0,
  idleGraceMinutes: 0,
  vatBasisPoints: 0,
  bands: [],
};

describe('describeTariff', () => {
  it('states gross prices, one line per element, and says VAT is included', () => {
    const { summary, lines } = describeTariff(
      {
        ...NONE,
        // Net 0.3277 EUR/kWh × 1.19 = 0.39 gross.
        energyPricePerMwh: 32_773,
        sessionFee: 42,
        idleFeePerHour: 504,
        idleGraceMinutes: 240,
        vatBasisPoints: 1900,
        bands: [
          { days: [1, 2, 3, 4, 5, 6, 7], from: '22:00', to: '06:00', energyPricePerMwh: 24_370 },
        ],
      },
      'Europe/Berlin',
    );
    expect(lines).toEqual([
      '0.39 EUR/kWh',
      '0.29 EUR/kWh 22:00–06:00 every day',
      'Session fee 0.50 EUR',
      'Idle fee 5.9976 EUR/h after 240 min',
      'incl. 19 % VAT',
      'Hours in local time (Europe/Berlin)',
    ]);
    expect(summary).toBe('0.39 EUR/kWh + time-of-day rates + session fee + idle fee');
  });

  it('rounds to the currency’s decimals plus at most two, and describes time prices', () => {
    const { summary, lines } = describeTariff(
      { ...NONE, energyPricePerMwh: 39_490, timePricePerHour: 600, vatBasisPoints: 0 },
      'UTC',
    );
    expect(lines).toEqual(['0.3949 EUR/kWh', '6.00 EUR/h charging time', 'No VAT']);
    expect(summary).toBe('0.3949 EUR/kWh + 6.00 EUR/h');
  });

  it('reads "Free" for a tariff with no price, and a session-only price per session', () => {
    expect(describeTariff(NONE, 'UTC')).toEqual({ summary: 'Free', lines: ['Free'] });
    const flat = describeTariff({ ...NONE, sessionFee: 500, vatBasisPoints: 750 }, 'UTC');
    expect(flat).toEqual({
      summary: '5.38 EUR per session',
      lines: ['Session fee 5.38 EUR', 'incl. 7.5 % VAT'],
    });
  });

  it('uses the currency’s own decimals', () => {
    expect(
      describeTariff({ ...NONE, currency: 'JPY', energyPricePerMwh: 50_000 }, 'Asia/Tokyo')
        .lines[0],
    ).toBe('50 JPY/kWh');
  });
});

describe('describeDays', () => {
  it('names runs of weekdays', () => {
    expect(describeDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(describeDays([6, 7])).toBe('Sat, Sun');
    expect(describeDays([1, 3, 4, 5, 7])).toBe('Mon, Wed–Fri, Sun');
  });
});
