import { describe, expect, it } from 'vitest';
import {
  average,
  commandSuccessRate,
  fillDays,
  fillQuarterHours,
  overlapMs,
  per100,
  quarterHourWhToKw,
  sessionCompletionRate,
  startOfUtcDay,
  startOfUtcMonth,
  utcDays,
  utilisationShare,
} from './kpis';

const at = (iso: string) => new Date(iso);

describe('KPI arithmetic', () => {
  it('rates are shares, and unknown (null) when nothing was counted', () => {
    expect(commandSuccessRate(3, 4)).toBe(0.75);
    expect(commandSuccessRate(0, 0)).toBeNull();
    expect(sessionCompletionRate(9, 10)).toBe(0.9);
    expect(sessionCompletionRate(0, 0)).toBeNull();
  });

  it('averages a SQL sum over its count', () => {
    expect(average(14_400, 3)).toBe(4_800);
    expect(average(0, 0)).toBeNull();
  });

  it('counts unlock requests per 100 sessions', () => {
    expect(per100(2, 4)).toBe(50);
    expect(per100(1, 300)).toBeCloseTo(0.333, 3);
    expect(per100(5, 0)).toBeNull();
  });

  it('clips a session to the range', () => {
    const from = at('2026-03-01T00:00:00Z');
    const to = at('2026-03-02T00:00:00Z');
    // Starts before the range: only the part inside counts.
    expect(overlapMs(at('2026-02-28T23:00:00Z'), at('2026-03-01T01:00:00Z'), from, to)).toBe(
      3_600_000,
    );
    // Runs past the end.
    expect(overlapMs(at('2026-03-01T23:30:00Z'), at('2026-03-02T02:00:00Z'), from, to)).toBe(
      1_800_000,
    );
    // Entirely outside.
    expect(overlapMs(at('2026-03-03T00:00:00Z'), at('2026-03-03T01:00:00Z'), from, to)).toBe(0);
  });

  it('utilisation is occupied time over the range, capped at 100 %', () => {
    expect(utilisationShare(6 * 3_600_000, 24 * 3_600_000)).toBe(0.25);
    expect(utilisationShare(30 * 3_600_000, 24 * 3_600_000)).toBe(1);
    expect(utilisationShare(1, 0)).toBeNull();
  });

  it('lists every UTC day of the range and fills the missing ones with zero', () => {
    const from = at('2026-03-30T12:00:00Z');
    const to = at('2026-04-02T00:00:00Z');
    expect(utcDays(from, to)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01']);
    expect(fillDays(from, to, [{ day: '2026-03-31', energyWh: 500 }])).toEqual([
      { day: '2026-03-30', energyWh: 0 },
      { day: '2026-03-31', energyWh: 500 },
      { day: '2026-04-01', energyWh: 0 },
    ]);
  });

  it('starts days and months at UTC midnight', () => {
    expect(startOfUtcDay(at('2026-03-31T23:59:00-02:00')).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    expect(startOfUtcMonth(at('2026-03-31T12:00:00Z')).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });

  it('turns quarter-hour energy into average kW over 96 gap-free buckets', () => {
    expect(quarterHourWhToKw(2_500)).toBe(10);
    const points = fillQuarterHours(at('2026-03-01T12:07:00Z'), [
      { bucketStart: at('2026-03-01T12:00:00Z'), energyWh: 250 },
    ]);
    expect(points).toHaveLength(96);
    expect(points[0]!.at).toBe('2026-02-28T12:15:00.000Z');
    expect(points.at(-1)).toEqual({ at: '2026-03-01T12:00:00.000Z', kw: 1 });
    expect(points.filter((p) => p.kw > 0)).toHaveLength(1);
  });
});
