import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { TSessionTariffSnapshot } from '@/db/schema';
import { describeCostLine } from './describe-cost-line';
import { formatKwh, formatMinorUnits } from './format-money';
import { toWinAnsi } from './winansi-text';

const SNAPSHOT: TSessionTariffSnapshot = {
  currency: 'EUR',
  energyPricePerMwh: 30_000,
  timePricePerHour: 0,
  sessionFee: 100,
  idleFeePerHour: 600,
  idleGraceMinutes: 15,
  vatBasisPoints: 1900,
  bands: [{ days: [1, 2, 3, 4, 5], from: '22:00', to: '06:00', energyPricePerMwh: 20_000 }],
  timeZone: 'Europe/Berlin',
};

describe('describeCostLine', () => {
  it('says what each receipt line charges for, with its quantity in words', () => {
    const line = (
      kind: 'energy' | 'time' | 'session' | 'idle',
      band: number | null,
      quantity: number,
    ) => describeCostLine({ kind, band, quantity, amount: 1 }, SNAPSHOT);
    expect(line('energy', 0, 12_345)).toEqual({
      label: 'Energy (time-of-use band Mon-Fri 22:00-06:00)',
      quantity: '12.345 kWh',
    });
    expect(line('energy', null, 7)).toEqual({ label: 'Energy', quantity: '0.007 kWh' });
    expect(line('time', null, 3_909)).toEqual({
      label: 'Charging time',
      quantity: '1 h 05 min 09 s',
    });
    expect(line('session', null, 1)).toEqual({
      label: 'Session fee',
      quantity: 'once per session',
    });
    expect(line('idle', null, 600)).toEqual({
      label: 'Idle fee (plugged in, not charging after 15 min grace)',
      quantity: '10 min 00 s',
    });
  });
});

describe('money and energy', () => {
  it('formats minor units with the currency’s decimals, by integer arithmetic', () => {
    expect(formatMinorUnits(564, 'EUR')).toBe('5.64');
    expect(formatMinorUnits(5, 'EUR')).toBe('0.05');
    expect(formatMinorUnits(-1205, 'USD')).toBe('-12.05');
    expect(formatMinorUnits(1500, 'JPY')).toBe('1500');
    expect(formatMinorUnits(1234, 'KWD')).toBe('1.234');
    expect(formatKwh(24_310)).toBe('24.310');
  });
});

describe('toWinAnsi', () => {
  it('keeps what Helvetica can draw and replaces the rest instead of throwing', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const text = toWinAnsi('Zürich → Ost – “Łódź” 東京 €5', font);
    expect(text).toBe('Zürich -> Ost – “Lódz” ?? €5');
    expect(() => font.encodeText(text)).not.toThrow();
  });
});
