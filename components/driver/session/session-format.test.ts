import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, formatMoney } from './session-format';

describe('session formatting', () => {
  it('shows money from minor units, per currency', () => {
    expect(formatMoney(1234, 'EUR')).toBe('12.34 EUR');
    expect(formatMoney(5, 'EUR')).toBe('0.05 EUR');
    expect(formatMoney(1234, 'JPY')).toBe('1234 JPY');
    expect(formatMoney(null, 'EUR')).toBe('—');
  });

  it('shows durations and zoned times', () => {
    expect(formatDuration(3_909)).toBe('1 h 05 min');
    expect(formatDuration(723)).toBe('12 min 03 s');
    expect(formatDuration(-3)).toBe('0 s');
    expect(formatDateTime('2025-03-01T09:30:00Z', 'Europe/Berlin')).toBe(
      '1 Mar 2025, 10:30 (Europe/Berlin)',
    );
  });
});
